package io.fluxjava.kustomize;

import java.util.List;

/**
 * Adds {@code namePrefix} / {@code nameSuffix} to object names, except for Namespaces, CRDs and
 * APIServices, remembering the previous names so references can be updated.
 */
final class NameAffixTransformer implements Transformer {

  private static final List<Gvk> SKIPPED =
      List.of(
          new Gvk("", "", "CustomResourceDefinition"),
          new Gvk("apiregistration.k8s.io", "", "APIService"),
          new Gvk("", "", "Namespace"));

  private final String prefix;
  private final String suffix;
  private final List<FieldSpec> specs;

  NameAffixTransformer(String prefix, String suffix, List<FieldSpec> specs) {
    this.prefix = prefix;
    this.suffix = suffix;
    this.specs = specs;
  }

  @Override
  public void transform(ResourceList resources) {
    for (Resource r : resources.all()) {
      Gvk original = r.originalId().gvk();
      if (SKIPPED.stream().anyMatch(original::matches)) {
        continue;
      }
      for (FieldSpec spec : specs) {
        if (!spec.appliesTo(original)) {
          continue;
        }
        if (spec.path().equals("metadata/name")) {
          r.rememberId();
        }
        FieldWalker.walk(
            r.object(),
            spec,
            (parent, key) -> {
              Object value = parent.get(key);
              if (value instanceof String s) {
                parent.put(key, prefix + s + suffix);
              }
            });
      }
    }
  }
}
