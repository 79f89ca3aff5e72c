package io.fluxjava.apply;

import java.util.Comparator;
import java.util.List;

/**
 * Upstream's apply order within a stage: well-known kinds first (Namespaces before what lives in
 * them, Services before workloads), unknown kinds in the middle, webhooks last; ties broken by
 * group, kind, namespace and name so the order never depends on the input.
 */
public final class KindOrder {

  private static final List<String> FIRST =
      List.of(
          "CustomResourceDefinition",
          "Namespace",
          "ClusterRole",
          "ClusterClass",
          "RuntimeClass",
          "PriorityClass",
          "StorageClass",
          "VolumeSnapshotClass",
          "IngressClass",
          "GatewayClass",
          "ClusterRoleBinding",
          "ResourceQuota",
          "ServiceAccount",
          "Role",
          "RoleBinding",
          "ConfigMap",
          "Secret",
          "Service",
          "LimitRange",
          "Deployment",
          "StatefulSet",
          "CronJob",
          "PodDisruptionBudget");

  private static final List<String> LAST =
      List.of("MutatingWebhookConfiguration", "ValidatingWebhookConfiguration");

  /** Orders ids the way objects are applied; prune uses the reverse. */
  public static final Comparator<ObjectId> APPLY_ORDER =
      Comparator.comparingInt((ObjectId id) -> rank(id.kind()))
          .thenComparing(ObjectId::group)
          .thenComparing(ObjectId::kind)
          .thenComparing(ObjectId::namespace)
          .thenComparing(ObjectId::name);

  private KindOrder() {}

  private static int rank(String kind) {
    int first = FIRST.indexOf(kind);
    if (first >= 0) {
      return first - FIRST.size();
    }
    int last = LAST.indexOf(kind);
    return last >= 0 ? last + 1 : 0;
  }
}
