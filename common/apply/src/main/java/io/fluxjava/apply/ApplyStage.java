package io.fluxjava.apply;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The stages of a staged apply. Definitions other objects depend on go first and are waited for, so
 * that a custom resource is never applied before its CRD is Established.
 */
public enum ApplyStage {
  /** CustomResourceDefinitions, Namespaces and ClusterRoles. */
  CLUSTER_DEFINITIONS(true),
  /** Kinds whose name ends in {@code Class}: StorageClass, IngressClass, GatewayClass … */
  CLASS_DEFINITIONS(true),
  /** The kinds of {@code --custom-apply-stage-kinds}, e.g. Roles before their RoleBindings. */
  CUSTOM(false),
  /** Everything else. */
  RESOURCES(false);

  private final boolean waitForReady;

  ApplyStage(boolean waitForReady) {
    this.waitForReady = waitForReady;
  }

  /** True when the stage's objects must be Current before the next stage starts. */
  public boolean waitForReady() {
    return waitForReady;
  }

  /**
   * The stage upstream puts the object in.
   *
   * @param customStageKinds kinds of the custom stage as {@code group/Kind} ({@code Kind} alone for
   *     the core group)
   */
  public static ApplyStage of(GenericKubernetesResource object, Set<String> customStageKinds) {
    String kind = object.getKind().toLowerCase(Locale.ROOT);
    String apiVersion = object.getApiVersion();
    boolean crd =
        kind.equals("customresourcedefinition") && apiVersion.startsWith("apiextensions.k8s.io/");
    boolean namespace = kind.equals("namespace") && apiVersion.equals("v1");
    boolean clusterRole =
        kind.equals("clusterrole") && apiVersion.startsWith("rbac.authorization.k8s.io/");
    if (crd || namespace || clusterRole) {
      return CLUSTER_DEFINITIONS;
    }
    if (object.getKind().endsWith("Class")) {
      return CLASS_DEFINITIONS;
    }
    String group = ObjectId.groupOf(apiVersion);
    String groupKind = group.isEmpty() ? object.getKind() : group + "/" + object.getKind();
    return customStageKinds.contains(groupKind) ? CUSTOM : RESOURCES;
  }

  /** The non-empty stages in order, each sorted by {@link KindOrder}. */
  public static Map<ApplyStage, List<GenericKubernetesResource>> split(
      List<GenericKubernetesResource> objects, Set<String> customStageKinds) {
    Map<ApplyStage, List<GenericKubernetesResource>> stages = new TreeMap<>();
    for (GenericKubernetesResource object : objects) {
      stages.computeIfAbsent(of(object, customStageKinds), stage -> new ArrayList<>()).add(object);
    }
    Comparator<GenericKubernetesResource> order =
        Comparator.comparing(ObjectId::of, KindOrder.APPLY_ORDER);
    stages.values().forEach(stage -> stage.sort(order));
    return stages;
  }
}
