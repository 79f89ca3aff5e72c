package io.fluxjava.helm;

import static io.fluxjava.helm.testing.HelmReleaseFixture.condition;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fluxjava.api.helm.CRDsPolicy;
import io.fluxjava.api.helm.HelmRelease;
import io.fluxjava.api.helm.Install;
import io.fluxjava.api.helm.Upgrade;
import io.fluxjava.helm.testing.HelmReleaseFixture;
import io.fluxjava.testkit.helm.ChartArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A chart with a CRD in {@code crds/} and a subchart with one of its own. */
class HelmReleaseCrdTest {

  private HelmReleaseFixture fixture;

  @BeforeEach
  void start() {
    fixture = new HelmReleaseFixture();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void createsTheCrdsOfTheChartAndItsSubchartsByDefault() {
    fixture.publishChart("operator", chart("1.0.0", "v1"));
    fixture.create("operator", "operator", spec -> {});

    HelmRelease release = fixture.reconcile("operator");

    assertThat(condition(release, "Ready").getStatus()).isEqualTo("True");
    assertThat(crd("widgets.example.com")).isNotNull();
    assertThat(crd("gadgets.example.com")).isNotNull();
    assertThat(release.getStatus().getInventory().getEntries())
        .extracting(e -> e.getId())
        .contains("_widgets.example.com_apiextensions.k8s.io_CustomResourceDefinition");
  }

  @Test
  void skipPolicyLeavesCrdsAlone() {
    fixture.publishChart("operator", chart("1.0.0", "v1"));
    fixture.create("operator", "operator", spec -> spec.setInstall(install(CRDsPolicy.SKIP)));

    fixture.reconcile("operator");

    assertThat(crd("widgets.example.com")).isNull();
  }

  @Test
  void upgradesReplaceCrdsOnlyWithCreateReplace() {
    fixture.publishChart("operator", chart("1.0.0", "v1"));
    fixture.create("operator", "operator", spec -> {});
    fixture.reconcile("operator");

    fixture.publishChart("operator", chart("1.1.0", "v2"));
    fixture.reconcile("operator");
    assertThat(crd("widgets.example.com").getMetadata().getLabels())
        .containsEntry("generation", "v1");

    fixture.publishChart("operator", chart("1.2.0", "v3"));
    fixture.update("operator", spec -> spec.setUpgrade(upgrade(CRDsPolicy.CREATE_REPLACE)));
    fixture.reconcile("operator");
    assertThat(crd("widgets.example.com").getMetadata().getLabels())
        .containsEntry("generation", "v3");
  }

  private CustomResourceDefinition crd(String name) {
    return fixture.client().apiextensions().v1().customResourceDefinitions().withName(name).get();
  }

  private static ChartArchive chart(String version, String generation) {
    return ChartArchive.of("operator", version)
        .with("crds/widgets.yaml", crdYaml("widgets", "Widget", generation))
        .with("charts/gadget/Chart.yaml", "apiVersion: v2\nname: gadget\nversion: 0.1.0\n")
        .with("charts/gadget/crds/gadgets.yaml", crdYaml("gadgets", "Gadget", generation))
        .with(
            "charts/gadget/templates/configmap.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: gadget\n");
  }

  private static String crdYaml(String plural, String kind, String generation) {
    return """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: %1$s.example.com
          labels:
            generation: %3$s
        spec:
          group: example.com
          names: {plural: %1$s, singular: %4$s, kind: %2$s}
          scope: Namespaced
          versions:
            - name: v1
              served: true
              storage: true
              schema:
                openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}
        """
        .formatted(plural, kind, generation, kind.toLowerCase());
  }

  private static Install install(CRDsPolicy policy) {
    Install install = new Install();
    install.setCrds(policy);
    return install;
  }

  private static Upgrade upgrade(CRDsPolicy policy) {
    Upgrade upgrade = new Upgrade();
    upgrade.setCrds(policy);
    return upgrade;
  }
}
