package io.fluxjava.kustomize;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sets {@code namespace}: on every namespaced object, on the fields the configuration lists
 * (Namespace names, APIService and webhook service namespaces), and on RoleBinding subjects named
 * "default".
 */
final class NamespaceTransformer implements Transformer {

  private static final String METADATA_NAMESPACE = "metadata/namespace";
  private static final String DEFAULT_SUBJECT = "default";

  private final String namespace;
  private final List<FieldSpec> specs;
  private final OpenApiCatalog catalog = OpenApiCatalog.get();

  NamespaceTransformer(String namespace, List<FieldSpec> specs) {
    this.namespace = namespace;
    this.specs = specs;
  }

  @Override
  public void transform(ResourceList resources) {
    for (Resource r : resources.all()) {
      r.rememberId();
      Gvk gvk = r.gvk();
      if (!catalog.isClusterScoped(gvk)) {
        r.setNamespace(namespace);
      }
      if (isRoleBinding(gvk)) {
        setDefaultSubjects(r.object());
      }
      for (FieldSpec spec : specs) {
        if (spec.path().equals(METADATA_NAMESPACE) || !spec.appliesTo(gvk)) {
          continue;
        }
        FieldWalker.walk(r.object(), spec, (parent, key) -> parent.put(key, namespace));
      }
    }
    Set<String> seen = new HashSet<>();
    for (Resource r : resources.all()) {
      if (!seen.add(ResourceList.identityKey(r.id()))) {
        throw new KustomizeException("namespace transformation produces ID conflict: " + r.id());
      }
    }
  }

  private static boolean isRoleBinding(Gvk gvk) {
    return gvk.group().equals("rbac.authorization.k8s.io")
        && (gvk.kind().equals("RoleBinding") || gvk.kind().equals("ClusterRoleBinding"));
  }

  private void setDefaultSubjects(Map<String, Object> object) {
    List<Object> subjects = Values.asList(object.get("subjects"));
    if (subjects == null) {
      return;
    }
    for (Object item : subjects) {
      Map<String, Object> subject = Values.asMap(item);
      if (subject != null && DEFAULT_SUBJECT.equals(subject.get("name"))) {
        subject.put("namespace", namespace);
      }
    }
  }
}
