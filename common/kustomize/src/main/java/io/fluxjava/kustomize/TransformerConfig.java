package io.fluxjava.kustomize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which fields each built-in transformer touches: kustomize's defaults plus the entries of the
 * {@code configurations} files of the kustomizations in the build.
 */
final class TransformerConfig {

  static final String NAME_PREFIX = "namePrefix";
  static final String NAME_SUFFIX = "nameSuffix";
  static final String NAMESPACE = "namespace";
  static final String TEMPLATE_LABELS = "templateLabels";
  static final String SELECTOR_LABELS = "selectorLabels";
  static final String COMMON_LABELS = "commonLabels";
  static final String COMMON_ANNOTATIONS = "commonAnnotations";
  static final String IMAGES = "images";
  static final String REPLICAS = "replicas";
  static final String VAR_REFERENCE = "varReference";

  /** A kind whose name other objects refer to, and the fields holding those references. */
  record NameReference(Gvk referenced, List<FieldSpec> referrers) {}

  private final Map<String, List<FieldSpec>> specs = new LinkedHashMap<>();
  private final List<NameReference> nameReferences = new ArrayList<>();

  static TransformerConfig defaults() {
    TransformerConfig config = new TransformerConfig();
    config.readCompact(resource("default-fieldspecs.txt"));
    config.readNameReferences(resource("default-namereferences.txt"));
    config.specs.put(NAME_SUFFIX, new ArrayList<>(config.get(NAME_PREFIX)));
    return config;
  }

  List<FieldSpec> get(String transformer) {
    return specs.getOrDefault(transformer, List.of());
  }

  /** Field specs for labels applied with selectors: templates plus selectors. */
  List<FieldSpec> commonLabels() {
    List<FieldSpec> all = new ArrayList<>(get(SELECTOR_LABELS));
    all.addAll(get(TEMPLATE_LABELS));
    all.addAll(get(COMMON_LABELS));
    return all;
  }

  List<NameReference> nameReferences() {
    return nameReferences;
  }

  /** Adds the entries of a kustomize transformer configuration file. */
  void merge(Map<String, Object> file) {
    for (Map.Entry<String, Object> entry : file.entrySet()) {
      if (entry.getKey().equals("nameReference")) {
        for (Object item : Values.asList(entry.getValue())) {
          Map<String, Object> ref = Values.asMap(item);
          List<FieldSpec> referrers = new ArrayList<>();
          List<Object> fieldSpecs = Values.asList(ref.get("fieldSpecs"));
          if (fieldSpecs != null) {
            fieldSpecs.forEach(f -> referrers.add(FieldSpec.fromMap(Values.asMap(f))));
          }
          addNameReference(FieldSpec.gvkOf(ref), referrers);
        }
      } else {
        List<Object> list = Values.asList(entry.getValue());
        if (list == null) {
          continue;
        }
        for (Object item : list) {
          addFieldSpec(entry.getKey(), FieldSpec.fromMap(Values.asMap(item)));
        }
      }
    }
  }

  /** Adds one field to the fields a transformer touches, unless already there. */
  void addFieldSpec(String transformer, FieldSpec spec) {
    List<FieldSpec> target = specs.computeIfAbsent(transformer, k -> new ArrayList<>());
    if (!target.contains(spec)) {
      target.add(spec);
    }
  }

  /** Adds everything another configuration has (configs of sub-builds flow upwards). */
  void merge(TransformerConfig other) {
    other.specs.forEach(
        (k, v) -> {
          List<FieldSpec> target = specs.computeIfAbsent(k, x -> new ArrayList<>());
          v.stream().filter(s -> !target.contains(s)).forEach(target::add);
        });
    other.nameReferences.forEach(r -> addNameReference(r.referenced(), r.referrers()));
  }

  void addNameReference(Gvk referenced, List<FieldSpec> referrers) {
    for (int i = 0; i < nameReferences.size(); i++) {
      NameReference existing = nameReferences.get(i);
      if (existing.referenced().equals(referenced)) {
        List<FieldSpec> merged = new ArrayList<>(existing.referrers());
        referrers.stream().filter(s -> !merged.contains(s)).forEach(merged::add);
        nameReferences.set(i, new NameReference(referenced, merged));
        return;
      }
    }
    nameReferences.add(new NameReference(referenced, new ArrayList<>(referrers)));
  }

  private void readCompact(String text) {
    List<FieldSpec> current = null;
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      if (line.endsWith(":")) {
        current =
            specs.computeIfAbsent(line.substring(0, line.length() - 1), k -> new ArrayList<>());
      } else {
        current.add(FieldSpec.parseCompact(line.substring(2)));
      }
    }
  }

  private void readNameReferences(String text) {
    Gvk referenced = null;
    List<FieldSpec> referrers = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.equals("nameReference:")) {
        continue;
      }
      if (line.endsWith(":")) {
        if (referenced != null) {
          addNameReference(referenced, referrers);
        }
        referenced = FieldSpec.parseSelector(line.substring(0, line.length() - 1));
        referrers = new ArrayList<>();
      } else {
        referrers.add(FieldSpec.parseCompact(line.substring(2)));
      }
    }
    addNameReference(referenced, referrers);
  }

  private static String resource(String name) {
    try (InputStream in = TransformerConfig.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("missing bundled resource " + name, e);
    }
  }
}
