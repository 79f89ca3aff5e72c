package io.fluxjava.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Reads test manifests and maps them the way the fabric8 client does. */
final class ManifestSupport {

  static final ObjectMapper YAML = new YAMLMapper();

  /**
   * A plain Jackson mapper: fabric8's own mapper turns kinds it has not been told about into
   * GenericKubernetesResource, which would bypass the model.
   */
  static final ObjectMapper CLIENT = new ObjectMapper();

  private ManifestSupport() {}

  /** All YAML documents of a class-path resource, as trees. */
  static List<ObjectNode> documents(String resource) {
    try (InputStream in = ManifestSupport.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("missing test resource " + resource);
      }
      return YAML.readValues(new YAMLFactory().createParser(in), ObjectNode.class).readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tree through the model and back: what a controller would write after reading it. */
  static JsonNode roundTrip(JsonNode manifest, Class<?> kind) throws IOException {
    Object model = CLIENT.treeToValue(manifest, kind);
    if (!kind.isInstance(model)) {
      throw new IllegalStateException(kind + " was read as " + model.getClass());
    }
    return normalized(CLIENT.valueToTree(model));
  }

  /** The tree as JSON text would read back, so int and long nodes of equal value compare equal. */
  static JsonNode normalized(JsonNode tree) throws IOException {
    return CLIENT.readTree(CLIENT.writeValueAsString(tree));
  }
}
