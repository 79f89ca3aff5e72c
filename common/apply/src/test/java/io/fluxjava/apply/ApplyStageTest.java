package io.fluxjava.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApplyStageTest {

  private static GenericKubernetesResource object(String apiVersion, String kind, String name) {
    return Manifests.object(
        "apiVersion: %s\nkind: %s\nmetadata:\n  name: %s\n".formatted(apiVersion, kind, name));
  }

  @Test
  void definitionsFirstThenClassesThenTheRestInKindOrder() {
    List<GenericKubernetesResource> objects =
        List.of(
            object("admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration", "hook"),
            object("apps/v1", "Deployment", "web"),
            object("example.com/v1", "Widget", "w"),
            object("v1", "Service", "web"),
            object("storage.k8s.io/v1", "StorageClass", "fast"),
            object("rbac.authorization.k8s.io/v1", "ClusterRoleBinding", "admin"),
            object("rbac.authorization.k8s.io/v1", "ClusterRole", "admin"),
            object("v1", "Namespace", "apps"),
            object("apiextensions.k8s.io/v1", "CustomResourceDefinition", "widgets.example.com"),
            object("v1", "ConfigMap", "b"),
            object("v1", "ConfigMap", "a"),
            object("networking.k8s.io/v1", "IngressClass", "nginx"),
            object("rbac.authorization.k8s.io/v1", "RoleBinding", "reader"),
            object("rbac.authorization.k8s.io/v1", "Role", "reader"));

    Map<ApplyStage, List<GenericKubernetesResource>> stages =
        ApplyStage.split(objects, Set.of("rbac.authorization.k8s.io/Role"));

    assertThat(stages.keySet())
        .containsExactly(
            ApplyStage.CLUSTER_DEFINITIONS,
            ApplyStage.CLASS_DEFINITIONS,
            ApplyStage.CUSTOM,
            ApplyStage.RESOURCES);
    assertThat(subjects(stages.get(ApplyStage.CLUSTER_DEFINITIONS)))
        .containsExactly(
            "CustomResourceDefinition/widgets.example.com", "Namespace/apps", "ClusterRole/admin");
    assertThat(subjects(stages.get(ApplyStage.CLASS_DEFINITIONS)))
        .containsExactly("StorageClass/fast", "IngressClass/nginx");
    assertThat(subjects(stages.get(ApplyStage.CUSTOM))).containsExactly("Role/reader");
    assertThat(subjects(stages.get(ApplyStage.RESOURCES)))
        .containsExactly(
            "ClusterRoleBinding/admin",
            "RoleBinding/reader",
            "ConfigMap/a",
            "ConfigMap/b",
            "Service/web",
            "Deployment/web",
            "Widget/w",
            "ValidatingWebhookConfiguration/hook");
    assertThat(ApplyStage.CLUSTER_DEFINITIONS.waitForReady()).isTrue();
    assertThat(ApplyStage.RESOURCES.waitForReady()).isFalse();
  }

  @Test
  void onlyCoreNamespacesAndRbacClusterRolesAreClusterDefinitions() {
    assertThat(ApplyStage.of(object("example.com/v1", "Namespace", "x"), Set.of()))
        .isEqualTo(ApplyStage.RESOURCES);
    assertThat(ApplyStage.of(object("example.com/v1", "ClusterRole", "x"), Set.of()))
        .isEqualTo(ApplyStage.RESOURCES);
  }

  private static List<String> subjects(List<GenericKubernetesResource> objects) {
    return objects.stream().map(o -> ObjectId.of(o).subject()).toList();
  }
}
