package io.fluxjava.kustomizecontroller;

import static io.fluxjava.kustomizecontroller.testing.Manifests.ready;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fluxjava.api.kustomize.Kustomization;
import io.fluxjava.api.kustomize.PostBuild;
import io.fluxjava.api.kustomize.SubstituteReference;
import io.fluxjava.api.kustomize.SubstituteReferenceKind;
import io.fluxjava.kustomizecontroller.testing.KustomizationFixture;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Post-build substitution: inline and referenced variables, defaults, strict mode, opt-out. */
class KustomizationSubstitutionTest {

  private static final String REVISION = "main@sha1:" + "c".repeat(40);
  private static final String TEMPLATE =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: cluster-info
        namespace: default
      data:
        name: "${cluster_name}"
        region: "${cluster_region}"
        tier: "${tier:=standard}"
        dashboard: "$${instance} and ${ignored:-none}"
      """;

  private KustomizationFixture fixture;

  @BeforeEach
  void start() {
    fixture = KustomizationFixture.start();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void variablesComeFromConfigMapsSecretsAndInlineValuesInThatOrder() {
    fixture.publish("repo", REVISION, Map.of("info.yaml", TEMPLATE));
    fixture
        .client()
        .configMaps()
        .inNamespace(KustomizationFixture.NAMESPACE)
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("vars")
                .endMetadata()
                .addToData("cluster_name", "from-configmap")
                .addToData("cluster_region", "eu-1\n")
                .build())
        .create();
    fixture
        .client()
        .secrets()
        .inNamespace(KustomizationFixture.NAMESPACE)
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("secret-vars")
                .endMetadata()
                .addToData("cluster_name", base64("from-secret"))
                .build())
        .create();
    fixture.create(
        "infra",
        "repo",
        spec ->
            spec.setPostBuild(
                postBuild(
                    Map.of("tier", "gold"),
                    ref(SubstituteReferenceKind.CONFIG_MAP, "vars", false),
                    ref(SubstituteReferenceKind.SECRET, "secret-vars", false),
                    ref(SubstituteReferenceKind.CONFIG_MAP, "absent", true))));

    Kustomization ks = fixture.reconcile("infra");

    assertThat(ready(ks)).startsWith("True ");
    assertThat(liveData())
        .containsEntry("name", "from-secret")
        .containsEntry("region", "eu-1")
        .containsEntry("tier", "gold")
        .containsEntry("dashboard", "${instance} and none");
  }

  @Test
  void strictModeFailsTheBuildOnAnUnsetVariable() {
    fixture.publish("repo", REVISION, Map.of("info.yaml", TEMPLATE));
    fixture.create(
        "infra", "repo", spec -> spec.setPostBuild(postBuild(Map.of("cluster_name", "x"))));

    Kustomization ks = fixture.reconcile("infra");

    assertThat(ready(ks))
        .isEqualTo(
            "False BuildFailed: post build failed for 'cluster-info': variable substitution failed:"
                + " variable not set (strict mode): \"cluster_region\"");
    assertThat(fixture.client().configMaps().inNamespace("default").withName("cluster-info").get())
        .isNull();
  }

  @Test
  void aMissingRequiredConfigMapFailsTheBuild() {
    fixture.publish("repo", REVISION, Map.of("info.yaml", TEMPLATE));
    fixture.create(
        "infra",
        "repo",
        spec ->
            spec.setPostBuild(
                postBuild(Map.of(), ref(SubstituteReferenceKind.CONFIG_MAP, "vars", false))));

    assertThat(ready(fixture.reconcile("infra")))
        .isEqualTo(
            "False BuildFailed: substitute from 'ConfigMap/vars' error: configmaps \"vars\" not found");
  }

  @Test
  void withoutPostBuildOrWithTheOptOutAnnotationTextStaysLiteral() {
    String optedOut =
        TEMPLATE.replace(
            "name: cluster-info\n",
            "name: dashboards\n  annotations:\n    kustomize.toolkit.fluxcd.io/substitute: disabled\n");
    fixture.publish("repo", REVISION, Map.of("info.yaml", TEMPLATE, "dash.yaml", optedOut));
    fixture.create("plain", "repo", spec -> {});

    assertThat(ready(fixture.reconcile("plain"))).startsWith("True ");
    assertThat(liveData())
        .containsEntry("name", "${cluster_name}")
        .containsEntry("dashboard", "$${instance} and ${ignored:-none}");

    fixture.update(
        "plain",
        spec ->
            spec.setPostBuild(postBuild(Map.of("cluster_name", "eu", "cluster_region", "west"))));
    assertThat(ready(fixture.reconcile("plain"))).startsWith("True ");
    assertThat(liveData()).containsEntry("name", "eu");
    ConfigMap dashboards =
        fixture.client().configMaps().inNamespace("default").withName("dashboards").get();
    assertThat(dashboards.getData()).containsEntry("name", "${cluster_name}");
  }

  private Map<String, String> liveData() {
    return fixture
        .client()
        .configMaps()
        .inNamespace("default")
        .withName("cluster-info")
        .get()
        .getData();
  }

  private static PostBuild postBuild(Map<String, String> inline, SubstituteReference... refs) {
    PostBuild postBuild = new PostBuild();
    postBuild.setSubstitute(inline);
    postBuild.setSubstituteFrom(List.of(refs));
    return postBuild;
  }

  private static SubstituteReference ref(
      SubstituteReferenceKind kind, String name, boolean optional) {
    SubstituteReference ref = new SubstituteReference();
    ref.setKind(kind);
    ref.setName(name);
    ref.setOptional(optional);
    return ref;
  }

  private static String base64(String value) {
    return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }
}
