package io.fluxjava.kustomize;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites references to renamed objects (prefix, suffix, hash, namespace) in every referring field
 * the name-reference configuration lists: plain names, lists of names, and {name, namespace} maps
 * such as RoleBinding subjects and webhook services.
 */
final class NameReferenceFixer implements Transformer {

  private final List<TransformerConfig.NameReference> rules;
  private final OpenApiCatalog catalog = OpenApiCatalog.get();

  NameReferenceFixer(List<TransformerConfig.NameReference> rules) {
    this.rules = rules;
  }

  @Override
  public void transform(ResourceList resources) {
    for (Resource referrer : resources.all()) {
      List<Resource> reachable = reachableFrom(referrer, resources);
      for (TransformerConfig.NameReference rule : rules) {
        List<Resource> candidates =
            reachable.stream()
                .filter(c -> c.originalId().gvk().matches(rule.referenced()))
                .toList();
        if (candidates.isEmpty()) {
          continue;
        }
        for (FieldSpec spec : rule.referrers()) {
          if (spec.appliesTo(referrer.gvk())) {
            FieldWalker.walk(
                referrer.object(),
                new FieldSpec(spec.selector(), spec.path(), false),
                (parent, key) -> update(parent, key, candidates, rule.referenced()));
          }
        }
      }
    }
  }

  private void update(
      Map<String, Object> parent, String key, List<Resource> candidates, Gvk referenced) {
    Object value = parent.get(key);
    if (value instanceof String oldName) {
      String kindHint = Values.string(parent.get("kind"));
      Resource found = select(oldName, null, kindHint, candidates);
      if (found != null) {
        parent.put(key, found.name());
      }
    } else if (value instanceof List<?> list) {
      List<Object> items = Values.asList(list);
      for (int i = 0; i < items.size(); i++) {
        Object item = items.get(i);
        if (item instanceof String oldName) {
          Resource found = select(oldName, null, null, candidates);
          if (found != null) {
            items.set(i, found.name());
          }
        } else if (item instanceof Map<?, ?> m) {
          updateNameAndNamespace(Values.asMap(m), candidates, referenced);
        }
      }
    } else if (value instanceof Map<?, ?> m) {
      updateNameAndNamespace(Values.asMap(m), candidates, referenced);
    }
  }

  private void updateNameAndNamespace(
      Map<String, Object> ref, List<Resource> candidates, Gvk referenced) {
    String kind = Values.string(ref.get("kind"));
    if (kind != null && !kind.equals(referenced.kind())) {
      return;
    }
    if (!(ref.get("name") instanceof String oldName)) {
      return;
    }
    String namespace = Values.string(ref.get("namespace"));
    Resource found = select(oldName, namespace == null ? "" : namespace, null, candidates);
    if (found == null) {
      return;
    }
    ref.put("name", found.name());
    if (!found.namespace().isEmpty()) {
      ref.put("namespace", found.namespace());
    }
  }

  private Resource select(
      String oldName, String namespace, String kindHint, List<Resource> candidates) {
    List<Resource> matches =
        candidates.stream()
            .filter(c -> kindHint == null || c.gvk().kind().equals(kindHint))
            .filter(c -> hadName(c, oldName, namespace))
            .toList();
    if (matches.isEmpty()) {
      return null;
    }
    if (matches.size() > 1) {
      Set<String> names = new HashSet<>();
      matches.forEach(m -> names.add(m.name()));
      if (names.size() > 1) {
        throw new KustomizeException(
            "found multiple possible referrals: "
                + matches.stream().map(m -> m.originalId().toString()).toList());
      }
    }
    return matches.get(0);
  }

  private static boolean hadName(Resource candidate, String name, String namespace) {
    for (ResId id : candidate.allIds()) {
      if (id.name().equals(name)
          && (namespace == null || id.effectiveNamespace().equals(effective(namespace)))) {
        return true;
      }
    }
    return false;
  }

  private static String effective(String namespace) {
    return namespace.isEmpty() ? ResId.DEFAULT_NAMESPACE : namespace;
  }

  /**
   * Objects a referrer may name: cluster-scoped ones, same-namespace ones, and for role bindings
   * the namespaces of their service-account subjects.
   */
  private List<Resource> reachableFrom(Resource referrer, ResourceList resources) {
    if (catalog.isClusterScoped(referrer.gvk())) {
      return resources.all();
    }
    Set<String> subjectNamespaces = new HashSet<>();
    List<Object> subjects = Values.asList(referrer.object().get("subjects"));
    if (subjects != null) {
      for (Object s : subjects) {
        Map<String, Object> subject = Values.asMap(s);
        if (subject != null && subject.get("namespace") != null) {
          subjectNamespaces.add(String.valueOf(subject.get("namespace")));
        }
      }
    }
    String ns = referrer.id().effectiveNamespace();
    return resources.matching(
        c ->
            catalog.isClusterScoped(c.gvk())
                || c.id().effectiveNamespace().equals(ns)
                || subjectNamespaces.contains(c.namespace()));
  }
}
