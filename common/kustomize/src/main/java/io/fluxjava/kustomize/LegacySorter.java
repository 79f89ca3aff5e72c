package io.fluxjava.kustomize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * kustomize's "legacy" output order: kinds listed first (Namespace, CRDs, RBAC, ConfigMaps …) and
 * last (webhook configurations), others in between; ties broken by group/version/kind, then
 * namespace, then name.
 */
final class LegacySorter implements Transformer {

  static final List<String> DEFAULT_FIRST =
      List.of(
          "Namespace",
          "ResourceQuota",
          "StorageClass",
          "CustomResourceDefinition",
          "ServiceAccount",
          "PodSecurityPolicy",
          "Role",
          "ClusterRole",
          "RoleBinding",
          "ClusterRoleBinding",
          "ConfigMap",
          "Secret",
          "Endpoints",
          "Service",
          "LimitRange",
          "PriorityClass",
          "PersistentVolume",
          "PersistentVolumeClaim",
          "Deployment",
          "StatefulSet",
          "CronJob",
          "PodDisruptionBudget");
  static final List<String> DEFAULT_LAST =
      List.of("MutatingWebhookConfiguration", "ValidatingWebhookConfiguration");

  private static final String NO_NAMESPACE = "~X";

  private final Map<String, Integer> rank = new HashMap<>();

  LegacySorter(List<String> first, List<String> last) {
    for (int i = 0; i < first.size(); i++) {
      rank.put(first.get(i), -first.size() + i);
    }
    for (int i = 0; i < last.size(); i++) {
      rank.put(last.get(i), 1 + i);
    }
  }

  @Override
  public void transform(ResourceList resources) {
    List<Resource> ordered = new ArrayList<>(resources.all());
    Comparator<Resource> order =
        Comparator.<Resource>comparingInt(r -> rank.getOrDefault(r.gvk().kind(), 0))
            .thenComparing(r -> r.gvk().legacySortKey())
            .thenComparing(r -> r.namespace().isEmpty() ? NO_NAMESPACE : r.namespace())
            .thenComparing(r -> r.name() == null ? "" : r.name());
    ordered.sort(order);
    resources.setAll(ordered);
  }
}
