package io.fluxjava.source.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Merges {@code spec.valuesFiles} in order into one values document: maps merge key by key, a later
 * file wins for anything else. Paths are relative to the chart's source root (or to the chart for
 * packaged charts) and may not leave it.
 */
final class ValuesFiles {

  /** The merged values and the files that were actually found. */
  record Merged(ObjectNode values, List<String> used) {}

  private ValuesFiles() {}

  static Merged merge(Path root, List<String> files, boolean ignoreMissing) throws IOException {
    ObjectNode merged = HelmYaml.MAPPER.createObjectNode();
    List<String> used = new ArrayList<>();
    Path base = root.toRealPath();
    for (String file : files) {
      Path path = base.resolve(stripLeadingSlash(file)).normalize();
      if (!path.startsWith(base)) {
        throw new IOException("values file '" + file + "' is outside the source");
      }
      if (!Files.isRegularFile(path)) {
        if (ignoreMissing) {
          continue;
        }
        throw new IOException("no values file found at path '" + file + "'");
      }
      JsonNode values = HelmYaml.MAPPER.readTree(path.toFile());
      if (values != null && !values.isMissingNode() && !values.isNull()) {
        if (!(values instanceof ObjectNode map)) {
          throw new IOException("values file '" + file + "' is not a YAML map");
        }
        mergeInto(merged, map);
      }
      used.add(file);
    }
    return new Merged(merged, List.copyOf(used));
  }

  private static void mergeInto(ObjectNode target, ObjectNode source) {
    for (Map.Entry<String, JsonNode> field : source.properties()) {
      JsonNode existing = target.get(field.getKey());
      if (existing instanceof ObjectNode existingMap
          && field.getValue() instanceof ObjectNode add) {
        mergeInto(existingMap, add);
      } else {
        target.set(field.getKey(), field.getValue().deepCopy());
      }
    }
  }

  private static String stripLeadingSlash(String file) {
    return file.startsWith("/") ? file.substring(1) : file;
  }
}
