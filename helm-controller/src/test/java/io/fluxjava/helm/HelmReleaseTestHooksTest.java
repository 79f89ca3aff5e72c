package io.fluxjava.helm;

import static io.fluxjava.helm.testing.HelmReleaseFixture.NAMESPACE;
import static io.fluxjava.helm.testing.HelmReleaseFixture.condition;
import static org.assertj.core.api.Assertions.assertThat;

import io.fluxjava.api.helm.Filter;
import io.fluxjava.api.helm.HelmRelease;
import io.fluxjava.api.helm.Test;
import io.fluxjava.helm.testing.HelmReleaseFixture;
import io.fluxjava.testkit.helm.ChartArchive;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class HelmReleaseTestHooksTest {

  private HelmReleaseFixture fixture;

  @BeforeEach
  void start() {
    fixture = new HelmReleaseFixture();
    fixture.publishChart("podinfo", withTestPods("test"));
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @org.junit.jupiter.api.Test
  void passingTestsMakeReadyReportTheTest() {
    fixture.completePods(NAMESPACE, Map.of("podinfo-test", "Succeeded"));
    fixture.create("podinfo", "podinfo", spec -> spec.setTest(tests(false)));

    HelmRelease release = fixture.reconcile("podinfo");

    assertThat(condition(release, "TestSuccess").getReason()).isEqualTo("TestSucceeded");
    assertThat(condition(release, "Ready").getReason()).isEqualTo("TestSucceeded");
    assertThat(condition(release, "Ready").getMessage())
        .isEqualTo(
            "Helm test succeeded for release flux-system/podinfo.v1 with chart podinfo@6.5.4:"
                + " 1 test hook(s) completed successfully");
    assertThat(release.getStatus().getHistory().get(0).getTestHooks())
        .containsKey("podinfo-test")
        .hasEntrySatisfying("podinfo-test", s -> assertThat(s.getPhase()).isEqualTo("Succeeded"));
  }

  @org.junit.jupiter.api.Test
  void failingTestsFailTheRelease() {
    fixture.completePods(NAMESPACE, Map.of("podinfo-test", "Failed"));
    fixture.create("podinfo", "podinfo", spec -> spec.setTest(tests(false)));

    HelmRelease release = fixture.reconcile("podinfo");

    assertThat(condition(release, "TestSuccess").getReason()).isEqualTo("TestFailed");
    assertThat(condition(release, "Ready").getStatus()).isEqualTo("False");
    assertThat(condition(release, "Stalled").getMessage())
        .isEqualTo("Failed to install after 1 attempt(s)");
  }

  @org.junit.jupiter.api.Test
  void ignoredTestFailuresLeaveTheReleaseReady() {
    fixture.completePods(NAMESPACE, Map.of("podinfo-test", "Failed"));
    fixture.create("podinfo", "podinfo", spec -> spec.setTest(tests(true)));

    HelmRelease release = fixture.reconcile("podinfo");

    assertThat(condition(release, "TestSuccess").getStatus()).isEqualTo("False");
    assertThat(condition(release, "Ready").getStatus()).isEqualTo("True");
    assertThat(condition(release, "Ready").getReason()).isEqualTo("InstallSucceeded");
  }

  @org.junit.jupiter.api.Test
  void filtersRunOnlyTheSelectedTests() {
    fixture.publishChart("podinfo", withTestPods("test", "smoke"));
    fixture.completePods(NAMESPACE, Map.of("podinfo-test", "Succeeded"));
    Filter skipSmoke = new Filter();
    skipSmoke.setName("podinfo-smoke");
    skipSmoke.setExclude(true);
    Test test = tests(false);
    test.setFilters(List.of(skipSmoke));
    fixture.create("podinfo", "podinfo", spec -> spec.setTest(test));

    HelmRelease release = fixture.reconcile("podinfo");

    // a pending excluded test would loop the planner; the release is tested and Ready instead
    assertThat(condition(release, "Ready").getMessage())
        .endsWith(": 1 test hook(s) completed successfully");
    assertThat(fixture.client().pods().inNamespace(NAMESPACE).withName("podinfo-smoke").get())
        .isNull();
    assertThat(
            release.getStatus().getHistory().get(0).getTestHooks().get("podinfo-test").getPhase())
        .isEqualTo("Succeeded");
  }

  /** A chart with one test Pod {@code <release>-<name>} per name. */
  private static ChartArchive withTestPods(String... names) {
    ChartArchive chart = ChartArchive.of("podinfo", "6.5.4");
    for (String name : names) {
      chart.with(
          "templates/tests/" + name + ".yaml",
          """
          apiVersion: v1
          kind: Pod
          metadata:
            name: {{ .Release.Name }}-%s
            annotations:
              "helm.sh/hook": test
          spec:
            containers: [{name: wget, image: busybox}]
          """
              .formatted(name));
    }
    return chart;
  }

  private static Test tests(boolean ignoreFailures) {
    Test test = new Test();
    test.setEnable(true);
    test.setIgnoreFailures(ignoreFailures);
    return test;
  }
}
