package io.fluxjava.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ObjectIdTest {

  @Test
  void namespacedCoreObjectHasEmptyGroup() {
    ObjectId id = ObjectId.of(Manifests.configMap("default", "podinfo", "v"));

    assertThat(id.inventoryId()).isEqualTo("default_podinfo__ConfigMap");
    assertThat(id.subject()).isEqualTo("ConfigMap/default/podinfo");
  }

  @Test
  void clusterScopedObjectHasEmptyNamespace() {
    ObjectId id =
        ObjectId.of(
            Manifests.object(
                """
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata:
                  name: my-crd.example.com
                """));

    assertThat(id.inventoryId())
        .isEqualTo("_my-crd.example.com_apiextensions.k8s.io_CustomResourceDefinition");
    assertThat(id.subject()).isEqualTo("CustomResourceDefinition/my-crd.example.com");
  }

  @Test
  void rbacNamesEncodeColonsAsDoubleUnderscore() {
    ObjectId id =
        new ObjectId("", "system:controller:flux", "rbac.authorization.k8s.io", "ClusterRole");

    assertThat(id.inventoryId())
        .isEqualTo("_system__controller__flux_rbac.authorization.k8s.io_ClusterRole");
    assertThat(ObjectId.parse(id.inventoryId())).isEqualTo(id);
  }

  @Test
  void parsesEveryFieldBack() {
    assertThat(ObjectId.parse("apps_web_apps_Deployment"))
        .isEqualTo(new ObjectId("apps", "web", "apps", "Deployment"));
    assertThat(ObjectId.parse("default_podinfo__Service"))
        .isEqualTo(new ObjectId("default", "podinfo", "", "Service"));
    assertThat(ObjectId.parse("_flux-system__Namespace"))
        .isEqualTo(new ObjectId("", "flux-system", "", "Namespace"));
  }

  @Test
  void refusesIdsWithoutFourFields() {
    assertThatThrownBy(() -> ObjectId.parse("default_podinfo"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("default_podinfo");
    assertThatThrownBy(() -> ObjectId.parse("a_b_c_d_e"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
