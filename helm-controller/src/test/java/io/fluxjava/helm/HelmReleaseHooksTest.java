package io.fluxjava.helm;

import static io.fluxjava.helm.testing.HelmReleaseFixture.NAMESPACE;
import static io.fluxjava.helm.testing.HelmReleaseFixture.condition;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluxjava.api.helm.HelmRelease;
import io.fluxjava.helm.storage.StoredRelease;
import io.fluxjava.helm.testing.HelmReleaseFixture;
import io.fluxjava.testkit.helm.ChartArchive;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HelmReleaseHooksTest {

  private static final ChartArchive HOOKED =
      ChartArchive.of("hooked", "1.0.0")
          .with("values.yaml", "podPhase: ok\n")
          .with("templates/configmap.yaml", hook("main", null, null, null))
          .with("templates/pre-late.yaml", hook("pre-late", "pre-install,pre-upgrade", "5", null))
          .with("templates/pre-early.yaml", hook("pre-early", "pre-install", "-1", null))
          .with(
              "templates/post-cleaned.yaml",
              hook("post-cleaned", "post-install", null, "hook-succeeded"))
          .with(
              "templates/post-pod.yaml",
              """
              apiVersion: v1
              kind: Pod
              metadata:
                name: post-pod
                annotations:
                  "helm.sh/hook": post-install
              spec:
                containers: [{name: check, image: busybox}]
              """);

  private HelmReleaseFixture fixture;

  @BeforeEach
  void start() {
    fixture = new HelmReleaseFixture();
    fixture.publishChart("hooked", HOOKED);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void runsHooksByWeightAndHonoursDeletePolicies() {
    fixture.completePods(NAMESPACE, Map.of("post-pod", "Succeeded"));
    fixture.create("hooked", "hooked", spec -> {});

    HelmRelease release = fixture.reconcile("hooked");

    assertThat(condition(release, "Ready").getReason()).isEqualTo("InstallSucceeded");
    StoredRelease stored = fixture.releases(NAMESPACE, "hooked").get(0);
    assertThat(stored.hooks())
        .extracting(StoredRelease.Hook::name)
        .containsExactly("pre-early", "post-cleaned", "post-pod", "pre-late");
    assertThat(startedAt(stored, "pre-early")).isLessThan(startedAt(stored, "pre-late"));
    assertThat(stored.hooks())
        .allSatisfy(h -> assertThat(h.lastRun().phase()).isEqualTo("Succeeded"));
    assertThat(stored.manifest()).doesNotContain("pre-early").contains("name: main");
    assertThat(configMap("pre-early")).isNotNull();
    assertThat(configMap("post-cleaned")).isNull();
    assertThat(release.getStatus().getInventory().getEntries())
        .extracting(e -> e.getId())
        .containsExactly("flux-system_main__ConfigMap");
  }

  @Test
  void runsUpgradeHooksOnUpgrade() {
    fixture.completePods(NAMESPACE, Map.of("post-pod", "Succeeded"));
    fixture.create("hooked", "hooked", spec -> {});
    fixture.reconcile("hooked");
    fixture.update(
        "hooked", spec -> spec.setValues(new ObjectMapper().valueToTree(Map.of("x", "y"))));

    fixture.reconcile("hooked");

    StoredRelease upgraded = fixture.releases(NAMESPACE, "hooked").get(0);
    assertThat(upgraded.hooks())
        .filteredOn(h -> h.lastRun() != null && !h.lastRun().startedAt().isEmpty())
        .extracting(StoredRelease.Hook::name)
        .containsExactly("pre-late");
  }

  @Test
  void failsTheInstallWhenAHookPodFails() {
    fixture.completePods(NAMESPACE, Map.of("post-pod", "Failed"));
    fixture.create("hooked", "hooked", spec -> {});

    HelmRelease release = fixture.reconcile("hooked");

    assertThat(condition(release, "Released").getReason()).isEqualTo("InstallFailed");
    assertThat(condition(release, "Released").getMessage())
        .endsWith("post-install hook Pod/post-pod failed: pod post-pod failed");
    assertThat(fixture.releases(NAMESPACE, "hooked").get(0).status()).isEqualTo("failed");
  }

  private String startedAt(StoredRelease release, String hook) {
    return release.hooks().stream()
        .filter(h -> h.name().equals(hook))
        .findFirst()
        .orElseThrow()
        .lastRun()
        .startedAt();
  }

  private Object configMap(String name) {
    return fixture.client().configMaps().inNamespace(NAMESPACE).withName(name).get();
  }

  private static String hook(String name, String events, String weight, String deletePolicy) {
    StringBuilder yaml =
        new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name + "\n");
    if (events != null) {
      yaml.append("  annotations:\n    \"helm.sh/hook\": ").append(events).append('\n');
      if (weight != null) {
        yaml.append("    \"helm.sh/hook-weight\": \"").append(weight).append("\"\n");
      }
      if (deletePolicy != null) {
        yaml.append("    \"helm.sh/hook-delete-policy\": ").append(deletePolicy).append('\n');
      }
    }
    return yaml.toString();
  }
}
