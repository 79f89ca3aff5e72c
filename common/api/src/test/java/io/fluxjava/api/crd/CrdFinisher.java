package io.fluxjava.api.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.client.CustomResource;
import io.fluxjava.api.FluxKinds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Build step after the fabric8 CRD generator: restores the printer column order the model declares
 * (the generator sorts columns by JSON path, which would put Status before Ready) and rewrites
 * every CRD in one stable YAML form. Run by exec-maven-plugin in process-test-classes.
 */
public final class CrdFinisher {

  static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .build());

  private static final String HEADER =
      "# Generated from the io.fluxjava.api model (common/api); do not edit.\n"
          + "# Regenerate: mvn -B -pl common/api process-test-classes -Pupdate-crds\n";

  private CrdFinisher() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    for (Class<? extends CustomResource<?, ?>> kind : FluxKinds.ALL) {
      Path file = dir.resolve(FluxKinds.crdFileName(kind));
      ObjectNode crd = (ObjectNode) YAML.readTree(file.toFile());
      orderPrinterColumns(crd, kind);
      Files.writeString(file, HEADER + YAML.writeValueAsString(crd));
    }
  }

  private static void orderPrinterColumns(ObjectNode crd, Class<?> kind) {
    List<String> declared =
        Arrays.stream(kind.getAnnotationsByType(AdditionalPrinterColumn.class))
            .map(AdditionalPrinterColumn::name)
            .toList();
    for (JsonNode version : crd.path("spec").path("versions")) {
      JsonNode columns = version.path("additionalPrinterColumns");
      if (!columns.isArray()) {
        continue;
      }
      List<JsonNode> sorted = new ArrayList<>();
      columns.forEach(sorted::add);
      sorted.sort(
          Comparator.comparingInt(column -> declared.indexOf(column.path("name").asText())));
      ((ArrayNode) columns).removeAll().addAll(sorted);
    }
  }
}
