package io.fluxjava.source.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A chart's {@code Chart.yaml}, kept whole (so that repackaging changes only what it must) with
 * typed access to name, version and dependencies ({@code requirements.yaml} for v1 charts).
 */
final class ChartMetadata {

  static final String FILE = "Chart.yaml";
  private static final String REQUIREMENTS = "requirements.yaml";

  /** A dependency as declared in Chart.yaml. */
  record Dependency(String name, String version, String repository) {}

  private final ObjectNode document;
  private final List<Dependency> dependencies;

  private ChartMetadata(ObjectNode document, List<Dependency> dependencies) {
    this.document = document;
    this.dependencies = dependencies;
  }

  /** Reads the metadata of the chart in {@code chartDir}. */
  static ChartMetadata read(Path chartDir) throws IOException {
    Path file = chartDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new IOException("Chart.yaml file is missing");
    }
    ObjectNode document;
    try (InputStream in = Files.newInputStream(file)) {
      document = parse(in);
    }
    JsonNode declared = document.path("dependencies");
    Path requirements = chartDir.resolve(REQUIREMENTS);
    if (declared.isMissingNode() && Files.isRegularFile(requirements)) {
      declared = HelmYaml.MAPPER.readTree(requirements.toFile()).path("dependencies");
    }
    List<Dependency> dependencies = new ArrayList<>();
    for (JsonNode dep : declared) {
      dependencies.add(
          new Dependency(
              dep.path("name").asText(""),
              dep.path("version").asText(""),
              dep.path("repository").asText("")));
    }
    return new ChartMetadata(document, List.copyOf(dependencies));
  }

  /** Parses a Chart.yaml document and checks it names a chart and a version. */
  static ObjectNode parse(InputStream in) throws IOException {
    JsonNode node = HelmYaml.MAPPER.readTree(in);
    if (!(node instanceof ObjectNode document)) {
      throw new IOException("Chart.yaml is not a YAML map");
    }
    if (document.path("name").asText("").isEmpty()) {
      throw new IOException("validation: chart.metadata.name is required");
    }
    if (document.path("version").asText("").isEmpty()) {
      throw new IOException("validation: chart.metadata.version is required");
    }
    return document;
  }

  String name() {
    return document.path("name").asText();
  }

  String version() {
    return document.path("version").asText();
  }

  List<Dependency> dependencies() {
    return dependencies;
  }

  /** A copy with another version, as written into a repackaged chart. */
  ChartMetadata withVersion(String version) {
    ObjectNode copy = document.deepCopy();
    copy.put("version", version);
    return new ChartMetadata(copy, dependencies);
  }

  /** The YAML bytes of the document. */
  byte[] toYaml() throws IOException {
    return HelmYaml.MAPPER.writeValueAsBytes(document);
  }
}
