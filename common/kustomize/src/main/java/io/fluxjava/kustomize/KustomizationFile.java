package io.fluxjava.kustomize;

import io.fluxjava.kustomize.yaml.YamlException;
import io.fluxjava.kustomize.yaml.YamlLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds, reads and validates the kustomization file of a directory. */
final class KustomizationFile {

  static final List<String> FILE_NAMES =
      List.of("kustomization.yaml", "kustomization.yml", "Kustomization");
  static final String KIND_KUSTOMIZATION = "Kustomization";
  static final String KIND_COMPONENT = "Component";

  private static final Set<String> KNOWN_FIELDS =
      Set.of(
          "apiVersion",
          "kind",
          "metadata",
          "openapi",
          "namePrefix",
          "nameSuffix",
          "namespace",
          "commonLabels",
          "labels",
          "commonAnnotations",
          "patchesStrategicMerge",
          "patchesJson6902",
          "patches",
          "images",
          "imageTags",
          "replacements",
          "replicas",
          "vars",
          "sortOptions",
          "resources",
          "components",
          "crds",
          "bases",
          "configMapGenerator",
          "secretGenerator",
          "helmGlobals",
          "helmCharts",
          "helmChartInflationGenerator",
          "generatorOptions",
          "configurations",
          "generators",
          "transformers",
          "validators",
          "buildMetadata",
          "inventory");

  private KustomizationFile() {}

  static Path find(Path dir) {
    List<Path> found = new ArrayList<>();
    for (String name : FILE_NAMES) {
      Path candidate = dir.resolve(name);
      if (Files.isRegularFile(candidate)) {
        found.add(candidate);
      }
    }
    if (found.isEmpty()) {
      throw new KustomizeException(
          "unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization'"
              + " in directory '"
              + dir
              + "'");
    }
    if (found.size() > 1) {
      throw new KustomizeException("Found multiple kustomization files under: " + dir);
    }
    return found.get(0);
  }

  static Map<String, Object> load(Path dir) {
    Path file = find(dir);
    Object parsed;
    try {
      parsed = YamlLoader.load(Files.readString(file));
    } catch (YamlException e) {
      throw new KustomizeException("invalid Kustomization: " + e.getMessage(), e);
    } catch (java.io.IOException e) {
      throw new KustomizeException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (parsed == null) {
      throw new KustomizeException("kustomization.yaml is empty");
    }
    Map<String, Object> kustomization = Values.asMap(parsed);
    if (kustomization == null) {
      throw new KustomizeException("invalid Kustomization: not a mapping in " + file);
    }
    for (String key : kustomization.keySet()) {
      if (!KNOWN_FIELDS.contains(key)) {
        throw new KustomizeException("invalid Kustomization: json: unknown field \"" + key + "\"");
      }
    }
    requireStringValues(kustomization.get("commonLabels"), "commonLabels");
    requireStringValues(kustomization.get("commonAnnotations"), "commonAnnotations");
    List<Object> labels = Values.asList(kustomization.get("labels"));
    if (labels != null) {
      labels.forEach(l -> requireStringValues(Values.asMap(l).get("pairs"), "labels"));
    }
    return kustomization;
  }

  /** kustomize decodes these maps into Go strings and rejects numbers, booleans and nulls. */
  private static void requireStringValues(Object map, String field) {
    Map<String, Object> values = Values.asMap(map);
    if (values == null) {
      return;
    }
    for (Object value : values.values()) {
      if (!(value instanceof String)) {
        String type =
            value instanceof Boolean ? "bool" : value instanceof Number ? "number" : "null";
        throw new KustomizeException(
            "invalid Kustomization: json: cannot unmarshal "
                + type
                + " into Go struct field Kustomization."
                + field
                + " of type string");
      }
    }
  }

  static String kind(Map<String, Object> kustomization) {
    Object kind = kustomization.get("kind");
    return kind == null || "".equals(kind) ? KIND_KUSTOMIZATION : String.valueOf(kind);
  }
}
