package io.fluxjava.kustomize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

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

  /** The objects of one referenced kind, indexed by every name they have had. */
  private record Referrals(Gvk referenced, Map<String, List<Resource>> byName) {}

  @Override
  public void transform(ResourceList resources) {
    List<Referrals> referrals = new ArrayList<>();
    for (TransformerConfig.NameReference rule : rules) {
      Map<String, List<Resource>> byName = new HashMap<>();
      for (Resource r : resources.all()) {
        if (r.originalId().gvk().matches(rule.referenced())) {
          Set<String> names = new HashSet<>();
          r.allIds().forEach(id -> names.add(id.name()));
          names.forEach(n -> byName.computeIfAbsent(n, k -> new ArrayList<>()).add(r));
        }
      }
      referrals.add(new Referrals(rule.referenced(), byName));
    }
    for (Resource referrer : resources.all()) {
      Predicate<Resource> reachable = reachableFrom(referrer);
      for (int i = 0; i < rules.size(); i++) {
        Referrals referral = referrals.get(i);
        if (referral.byName().isEmpty()) {
          continue;
        }
        for (FieldSpec spec : rules.get(i).referrers()) {
          if (spec.appliesTo(referrer.gvk())) {
            FieldWalker.walk(
                referrer.object(),
                new FieldSpec(spec.selector(), spec.path(), false),
                (parent, key) -> update(parent, key, referral, reachable));
          }
        }
      }
    }
  }

  private void update(
      Map<String, Object> parent, String key, Referrals referral, Predicate<Resource> reachable) {
    Object value = parent.get(key);
    if (value instanceof String oldName) {
      String kindHint = Values.string(parent.get("kind"));
      Resource found = select(oldName, null, kindHint, referral, reachable);
      if (found != null) {
        parent.put(key, found.name());
      }
    } else if (value instanceof List<?> list) {
      List<Object> items = Values.asList(list);
      for (int i = 0; i < items.size(); i++) {
        Object item = items.get(i);
        if (item instanceof String oldName) {
          Resource found = select(oldName, null, null, referral, reachable);
          if (found != null) {
            items.set(i, found.name());
          }
        } else if (item instanceof Map<?, ?> m) {
          updateNameAndNamespace(Values.asMap(m), referral, reachable);
        }
      }
    } else if (value instanceof Map<?, ?> m) {
      updateNameAndNamespace(Values.asMap(m), referral, reachable);
    }
  }

  private void updateNameAndNamespace(
      Map<String, Object> ref, Referrals referral, Predicate<Resource> reachable) {
    String kind = Values.string(ref.get("kind"));
    if (kind != null && !kind.equals(referral.referenced().kind())) {
      return;
    }
    if (!(ref.get("name") instanceof String oldName)) {
      return;
    }
    String namespace = Values.string(ref.get("namespace"));
    Resource found = select(oldName, namespace == null ? "" : namespace, null, referral, reachable);
    if (found == null) {
      return;
    }
    ref.put("name", found.name());
    if (!found.namespace().isEmpty()) {
      ref.put("namespace", found.namespace());
    }
  }

  private static Resource select(
      String oldName,
      String namespace,
      String kindHint,
      Referrals referral,
      Predicate<Resource> reachable) {
    List<Resource> matches =
        referral.byName().getOrDefault(oldName, List.of()).stream()
            .filter(reachable)
            .filter(c -> kindHint == null || c.gvk().kind().equals(kindHint))
            .filter(c -> hadName(c, oldName, namespace))
            .toList();
    if (matches.isEmpty()) {
      return null;
    }
    if (matches.stream().map(Resource::name).distinct().count() > 1) {
      throw new KustomizeException(
          "found multiple possible referrals: "
              + matches.stream().map(m -> m.originalId().toString()).toList());
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
   * Objects a referrer may name: anything from a cluster-scoped referrer; otherwise cluster-scoped
   * objects, objects in its namespace, and for role bindings objects in its subjects' namespaces.
   */
  private Predicate<Resource> reachableFrom(Resource referrer) {
    if (catalog.isClusterScoped(referrer.gvk())) {
      return c -> true;
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
    return c ->
        catalog.isClusterScoped(c.gvk())
            || c.id().effectiveNamespace().equals(ns)
            || subjectNamespaces.contains(c.namespace());
  }
}
