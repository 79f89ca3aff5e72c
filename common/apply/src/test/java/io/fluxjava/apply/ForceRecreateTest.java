package io.fluxjava.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fluxjava.testkit.InMemoryApiServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ForceRecreateTest {

  private static final ApplyOptions OPTIONS =
      ApplyOptions.defaults("kustomize-controller")
          .withWait(Duration.ofMillis(50), Duration.ofSeconds(5));

  private InMemoryApiServer server;
  private ApplyEngine engine;

  @BeforeEach
  void start() throws Exception {
    server = InMemoryApiServer.start();
    engine = new ApplyEngine(new ImmutableFieldsCluster(new Fabric8ClusterClient(server.client())));
    engine.apply(List.of(frozen("one", false)), OPTIONS);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static GenericKubernetesResource frozen(String value, boolean forceAnnotation) {
    GenericKubernetesResource manifest = Manifests.configMap("default", "frozen", value);
    manifest.getAdditionalProperties().put("immutable", true);
    if (forceAnnotation) {
      var annotations = new HashMap<String, String>();
      annotations.put("kustomize.toolkit.fluxcd.io/force", "Enabled");
      manifest.getMetadata().setAnnotations(annotations);
    }
    return manifest;
  }

  private ConfigMap live() {
    return server.client().configMaps().inNamespace("default").withName("frozen").get();
  }

  @Test
  void immutableChangeFailsWithoutForce() {
    String uid = live().getMetadata().getUid();

    assertThatThrownBy(() -> engine.apply(List.of(frozen("two", false)), OPTIONS))
        .isInstanceOf(ApplyException.class)
        .hasMessage(
            "ConfigMap/default/frozen dry-run failed (Invalid): ConfigMap \"frozen\" is invalid:"
                + " data: Forbidden: field is immutable when `immutable` is set");
    assertThat(live().getMetadata().getUid()).isEqualTo(uid);
    assertThat(live().getData()).containsEntry("key", "one");
  }

  @Test
  void forceRecreatesTheObject() throws Exception {
    String uid = live().getMetadata().getUid();

    ChangeSet changes = engine.apply(List.of(frozen("two", false)), OPTIONS.withForce(true));

    assertThat(changes).hasToString("ConfigMap/default/frozen created");
    assertThat(live().getMetadata().getUid()).isNotEqualTo(uid);
    assertThat(live().getData()).containsEntry("key", "two");
  }

  @Test
  void forceAnnotationRecreatesOnlyThatObject() throws Exception {
    ChangeSet changes = engine.apply(List.of(frozen("three", true)), OPTIONS);

    assertThat(changes).hasToString("ConfigMap/default/frozen created");
    assertThat(live().getData()).containsEntry("key", "three");
  }
}
