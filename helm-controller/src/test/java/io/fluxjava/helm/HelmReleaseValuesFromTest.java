package io.fluxjava.helm;

import static io.fluxjava.helm.testing.HelmReleaseFixture.NAMESPACE;
import static io.fluxjava.helm.testing.HelmReleaseFixture.condition;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fluxjava.api.helm.HelmRelease;
import io.fluxjava.api.meta.ValuesReference;
import io.fluxjava.api.meta.ValuesReferenceKind;
import io.fluxjava.helm.testing.HelmReleaseFixture;
import io.fluxjava.testkit.helm.ChartArchive;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HelmReleaseValuesFromTest {

  private static final ChartArchive ECHO =
      ChartArchive.of("echo", "1.0.0")
          .with("values.yaml", "a: chart\nb: chart\nc: chart\nnested: {}\n")
          .with(
              "templates/configmap.yaml",
              """
              apiVersion: v1
              kind: ConfigMap
              metadata:
                name: echo
              data:
                a: {{ .Values.a | quote }}
                b: {{ .Values.b | quote }}
                c: {{ .Values.c | quote }}
                port: {{ .Values.nested.port | quote }}
                password: {{ .Values.nested.password | default "" | quote }}
              """);

  private HelmReleaseFixture fixture;

  @BeforeEach
  void start() {
    fixture = new HelmReleaseFixture();
    fixture.publishChart("echo", ECHO);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void mergesReferencesInOrderThenInlineValues() {
    configMap("base", "values.yaml", "a: base\nb: base\nnested:\n  port: 80\n");
    secret("override", "custom.yaml", "b: secret\n");
    secret("password", "pw", "s3cr3t");
    fixture.create(
        "echo",
        "echo",
        spec -> {
          spec.setValuesFrom(
              List.of(
                  ref(ValuesReferenceKind.CONFIG_MAP, "base", null, null),
                  ref(ValuesReferenceKind.SECRET, "override", "custom.yaml", null),
                  ref(ValuesReferenceKind.SECRET, "password", "pw", "nested.password"),
                  optional(ref(ValuesReferenceKind.CONFIG_MAP, "absent", null, null))));
          spec.setValues(new ObjectMapper().valueToTree(Map.of("a", "inline")));
        });

    HelmRelease release = fixture.reconcile("echo");

    assertThat(condition(release, "Ready").getStatus()).isEqualTo("True");
    assertThat(data())
        .containsEntry("a", "inline")
        .containsEntry("b", "secret")
        .containsEntry("c", "chart")
        .containsEntry("port", "80")
        .containsEntry("password", "s3cr3t");
  }

  @Test
  void upgradesWhenReferencedContentChanges() {
    configMap("base", "values.yaml", "a: one\n");
    fixture.create(
        "echo",
        "echo",
        spec ->
            spec.setValuesFrom(List.of(ref(ValuesReferenceKind.CONFIG_MAP, "base", null, null))));
    HelmRelease first = fixture.reconcile("echo");

    configMap("base", "values.yaml", "a: two\n");
    HelmRelease second = fixture.reconcile("echo");

    assertThat(condition(second, "Ready").getReason()).isEqualTo("UpgradeSucceeded");
    assertThat(second.getStatus().getLastAttemptedConfigDigest())
        .isNotEqualTo(first.getStatus().getLastAttemptedConfigDigest());
    assertThat(data()).containsEntry("a", "two");
  }

  @Test
  void failsOnAMissingRequiredReference() {
    fixture.create(
        "echo",
        "echo",
        spec ->
            spec.setValuesFrom(List.of(ref(ValuesReferenceKind.SECRET, "missing", null, null))));

    HelmRelease release = fixture.reconcile("echo");

    assertThat(condition(release, "Ready").getStatus()).isEqualTo("False");
    assertThat(condition(release, "Ready").getMessage())
        .isEqualTo("could not find Secret 'flux-system/missing'");
    assertThat(fixture.releaseSecrets(NAMESPACE)).isEmpty();
  }

  private Map<String, String> data() {
    return fixture.client().configMaps().inNamespace(NAMESPACE).withName("echo").get().getData();
  }

  private void configMap(String name, String key, String content) {
    fixture
        .client()
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName(name)
                .withNamespace(NAMESPACE)
                .endMetadata()
                .withData(Map.of(key, content))
                .build())
        .createOr(c -> c.update());
  }

  private void secret(String name, String key, String content) {
    fixture
        .client()
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName(name)
                .withNamespace(NAMESPACE)
                .endMetadata()
                .withStringData(Map.of(key, content))
                .build())
        .create();
  }

  private static ValuesReference ref(
      ValuesReferenceKind kind, String name, String key, String targetPath) {
    ValuesReference ref = new ValuesReference();
    ref.setKind(kind);
    ref.setName(name);
    ref.setValuesKey(key);
    ref.setTargetPath(targetPath);
    return ref;
  }

  private static ValuesReference optional(ValuesReference ref) {
    ref.setOptional(true);
    return ref;
  }
}
