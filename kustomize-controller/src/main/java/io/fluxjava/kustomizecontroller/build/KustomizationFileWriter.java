package io.fluxjava.kustomizecontroller.build;

import io.fluxjava.api.kustomize.KustomizationSpec;
import io.fluxjava.api.meta.Image;
import io.fluxjava.api.meta.Patch;
import io.fluxjava.api.meta.Selector;
import io.fluxjava.kustomize.KustomizeBuilder;
import io.fluxjava.kustomize.yaml.YamlException;
import io.fluxjava.kustomize.yaml.YamlLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Prepares the kustomization file of the build directory as upstream's generator does: generates
 * one listing the directory's resources when there is none, then writes the Kustomization's {@code
 * targetNamespace}, {@code namePrefix}/{@code nameSuffix}, {@code patches} (appended), {@code
 * components}, {@code images} (merged by name) and {@code buildMetadata} into it.
 */
public final class KustomizationFileWriter {

  private static final String API_VERSION = "kustomize.config.k8s.io/v1beta1";

  private KustomizationFileWriter() {}

  /**
   * Writes the kustomization file of {@code dir}.
   *
   * @throws BuildException when a file does not parse or a component path is not local
   */
  public static void write(Path dir, KustomizationSpec spec) {
    Path file = KustomizationFiles.find(dir).orElse(dir.resolve(KustomizationFiles.NAMES.get(0)));
    boolean exists = Files.exists(file);
    if (exists && !hasOverlays(spec)) {
      // the user's file is built as written: no round trip through our YAML writer
      return;
    }
    Map<String, Object> kustomization =
        exists ? read(dir, file) : generated(ResourceScanner.scan(dir));
    overlay(kustomization, spec, dir, component -> component);
    writeFile(file, kustomization);
  }

  /**
   * Writes the kustomization generated for {@code dir}, which has none, into the directory {@code
   * into} instead, naming {@code dir}'s files and the spec's components by paths relative to {@code
   * into}: the same build, without writing into {@code dir}.
   */
  static void writeGenerated(Path dir, KustomizationSpec spec, Path into) {
    Path from = into.toAbsolutePath().normalize();
    Path base = dir.toAbsolutePath().normalize();
    Function<String, String> relocate =
        path -> from.relativize(base.resolve(path).normalize()).toString();
    List<String> resources = ResourceScanner.scan(dir).stream().map(relocate).toList();
    Map<String, Object> kustomization = generated(resources);
    overlay(kustomization, spec, dir, relocate);
    writeFile(from.resolve(KustomizationFiles.NAMES.get(0)), kustomization);
  }

  private static void writeFile(Path file, Map<String, Object> kustomization) {
    try {
      Files.writeString(
          file, KustomizeBuilder.toYaml(List.of(kustomization)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the spec changes the kustomization file (name affixes, patches, images, ...). */
  static boolean hasOverlays(KustomizationSpec spec) {
    return isSet(spec.getTargetNamespace())
        || isSet(spec.getNamePrefix())
        || isSet(spec.getNameSuffix())
        || spec.getPatches() != null
        || spec.getComponents() != null
        || spec.getImages() != null
        || (spec.getBuildMetadata() != null && !spec.getBuildMetadata().isEmpty());
  }

  private static boolean isSet(String value) {
    return value != null && !value.isEmpty();
  }

  private static Map<String, Object> generated(List<String> resources) {
    Map<String, Object> kustomization = new LinkedHashMap<>();
    kustomization.put("apiVersion", API_VERSION);
    kustomization.put("kind", "Kustomization");
    kustomization.put("resources", new ArrayList<Object>(resources));
    return kustomization;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> read(Path dir, Path file) {
    try {
      Object parsed = YamlLoader.load(Files.readString(file, StandardCharsets.UTF_8));
      return parsed instanceof Map<?, ?> map
          ? new LinkedHashMap<>((Map<String, Object>) map)
          : new LinkedHashMap<>();
    } catch (YamlException e) {
      throw new BuildException(
          "failed to decode Kubernetes YAML from ./" + dir.relativize(file) + ": " + e.getMessage(),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void overlay(
      Map<String, Object> kustomization,
      KustomizationSpec spec,
      Path dir,
      Function<String, String> relocate) {
    putIfSet(kustomization, "namespace", spec.getTargetNamespace());
    putIfSet(kustomization, "namePrefix", spec.getNamePrefix());
    putIfSet(kustomization, "nameSuffix", spec.getNameSuffix());
    if (spec.getPatches() != null) {
      List<Object> patches = listAt(kustomization, "patches");
      spec.getPatches().forEach(p -> patches.add(patch(p)));
    }
    if (spec.getComponents() != null) {
      List<Object> components = listAt(kustomization, "components");
      for (String component : spec.getComponents()) {
        requireLocal(component);
        if (!Boolean.TRUE.equals(spec.getIgnoreMissingComponents())
            || Files.isDirectory(dir.resolve(component))) {
          components.add(relocate.apply(component));
        }
      }
    }
    if (spec.getImages() != null) {
      List<Object> images = listAt(kustomization, "images");
      spec.getImages().forEach(image -> mergeImage(images, image));
    }
    if (spec.getBuildMetadata() != null && !spec.getBuildMetadata().isEmpty()) {
      kustomization.put("buildMetadata", new ArrayList<Object>(spec.getBuildMetadata()));
    }
  }

  private static void requireLocal(String component) {
    if (component.contains("://") || component.startsWith("/")) {
      throw new BuildException(
          "component path '" + component + "' must be local and relative to the kustomization");
    }
  }

  private static Map<String, Object> patch(Patch patch) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("patch", patch.getPatch());
    Selector target = patch.getTarget();
    if (target != null) {
      Map<String, Object> selector = new LinkedHashMap<>();
      putIfSet(selector, "group", target.getGroup());
      putIfSet(selector, "version", target.getVersion());
      putIfSet(selector, "kind", target.getKind());
      putIfSet(selector, "name", target.getName());
      putIfSet(selector, "namespace", target.getNamespace());
      putIfSet(selector, "labelSelector", target.getLabelSelector());
      putIfSet(selector, "annotationSelector", target.getAnnotationSelector());
      out.put("target", selector);
    }
    return out;
  }

  private static void mergeImage(List<Object> images, Image image) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("name", image.getName());
    putIfSet(entry, "newName", image.getNewName());
    putIfSet(entry, "newTag", image.getNewTag());
    putIfSet(entry, "digest", image.getDigest());
    for (int i = 0; i < images.size(); i++) {
      if (images.get(i) instanceof Map<?, ?> existing
          && image.getName().equals(existing.get("name"))) {
        images.set(i, entry);
        return;
      }
    }
    images.add(entry);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> listAt(Map<String, Object> kustomization, String key) {
    List<Object> list =
        kustomization.get(key) instanceof List<?> existing
            ? new ArrayList<>((List<Object>) existing)
            : new ArrayList<>();
    kustomization.put(key, list);
    return list;
  }

  private static void putIfSet(Map<String, Object> map, String key, String value) {
    if (isSet(value)) {
      map.put(key, value);
    }
  }
}
