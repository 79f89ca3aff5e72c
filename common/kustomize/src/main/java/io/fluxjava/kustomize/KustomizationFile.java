package io.fluxjava.kustomize;

import io.fluxjava.kustomize.yaml.YamlException;
import io.fluxjava.kustomize.yaml.YamlLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds, reads and validates the kustomization file of a directory. */
final class KustomizationFile {

  static final List<String> FILE_NAMES =
      List.of("kustomization.yaml", "kustomization.yml", "Kustomization");
  static final String KIND_KUSTOMIZATION = "Kustomization";
  static final String KIND_COMPONENT = "Component";

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
      parsed = YamlLoader.loadKustomization(Files.readString(file));
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
    KustomizationSchema.validate(kustomization);
    String kind = kind(kustomization);
    if (!kind.equals(KIND_KUSTOMIZATION) && !kind.equals(KIND_COMPONENT)) {
      throw new KustomizeException(
          "Failed to read kustomization file under "
              + dir
              + ": kind should be Kustomization or Component");
    }
    return kustomization;
  }

  static String kind(Map<String, Object> kustomization) {
    Object kind = kustomization.get("kind");
    return kind == null || "".equals(kind) ? KIND_KUSTOMIZATION : String.valueOf(kind);
  }
}
