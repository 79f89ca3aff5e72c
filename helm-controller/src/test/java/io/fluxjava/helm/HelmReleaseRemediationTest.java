package io.fluxjava.helm;

import static io.fluxjava.helm.testing.HelmReleaseFixture.NAMESPACE;
import static io.fluxjava.helm.testing.HelmReleaseFixture.condition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluxjava.api.helm.HelmRelease;
import io.fluxjava.api.helm.Install;
import io.fluxjava.api.helm.InstallRemediation;
import io.fluxjava.api.helm.Upgrade;
import io.fluxjava.api.helm.UpgradeRemediation;
import io.fluxjava.helm.storage.StoredRelease;
import io.fluxjava.helm.testing.HelmReleaseFixture;
import io.fluxjava.testkit.helm.ChartArchive;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Failed installs and upgrades: a Deployment never becomes ready in the in-memory API server, so a
 * release that renders one fails its wait after {@code spec.timeout}.
 */
class HelmReleaseRemediationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static final ChartArchive APP =
      ChartArchive.of("app", "1.0.0")
          .with("values.yaml", "broken: false\n")
          .with(
              "templates/configmap.yaml",
              "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  broken: \"{{ .Values.broken }}\"\n")
          .with(
              "templates/deployment.yaml",
              """
              {{- if .Values.broken }}
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: never-ready
              spec:
                selector:
                  matchLabels: {app: never-ready}
                template:
                  metadata:
                    labels: {app: never-ready}
                  spec:
                    containers: [{name: app, image: nginx}]
              {{- end }}
              """);

  private HelmReleaseFixture fixture;

  @BeforeEach
  void start() {
    fixture = new HelmReleaseFixture();
    fixture.publishChart("app", APP);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void failedUpgradeIsRolledBackThenRetriedUntilRetriesAreExhausted() {
    fixture.create(
        "app",
        "app",
        spec -> {
          spec.setTimeout("1s");
          spec.setUpgrade(upgradeRetries(1));
        });
    fixture.reconcile("app");
    fixture.update("app", spec -> spec.setValues(JSON.valueToTree(Map.of("broken", true))));

    HelmRelease rolledBack = fixture.reconcile("app");

    assertThat(condition(rolledBack, "Released").getReason()).isEqualTo("UpgradeFailed");
    assertThat(condition(rolledBack, "Released").getMessage())
        .startsWith("Helm upgrade failed for release flux-system/app with chart app@1.0.0: ")
        .contains("Deployment/flux-system/never-ready");
    assertThat(condition(rolledBack, "Remediated").getStatus()).isEqualTo("True");
    assertThat(condition(rolledBack, "Remediated").getReason()).isEqualTo("RollbackSucceeded");
    assertThat(condition(rolledBack, "Remediated").getMessage())
        .isEqualTo(
            "Helm rollback to previous release flux-system/app.v1 with chart app@1.0.0 succeeded");
    assertThat(condition(rolledBack, "Ready").getStatus()).isEqualTo("False");
    assertThat(rolledBack.getStatus().getUpgradeFailures()).isEqualTo(1);
    assertThat(fixture.releases(NAMESPACE, "app"))
        .extracting(StoredRelease::version, StoredRelease::status)
        .containsExactly(tuple(3, "deployed"), tuple(2, "superseded"), tuple(1, "superseded"));
    assertThat(
            fixture
                .client()
                .apps()
                .deployments()
                .inNamespace(NAMESPACE)
                .withName("never-ready")
                .get())
        .isNull();

    HelmRelease secondAttempt = fixture.reconcile("app");
    assertThat(secondAttempt.getStatus().getUpgradeFailures()).isEqualTo(2);
    assertThat(condition(secondAttempt, "Remediated").getReason()).isEqualTo("RollbackSucceeded");

    HelmRelease stalled = fixture.reconcile("app");
    assertThat(condition(stalled, "Stalled").getReason()).isEqualTo("RetriesExceeded");
    assertThat(condition(stalled, "Stalled").getMessage())
        .isEqualTo("Failed to upgrade after 2 attempt(s)");
    // Ready keeps naming the last failure or remediation, as upstream's summary does
    assertThat(condition(stalled, "Ready").getStatus()).isEqualTo("False");
    assertThat(condition(stalled, "Ready").getReason())
        .isEqualTo(condition(secondAttempt, "Ready").getReason())
        .isNotEqualTo("RetriesExceeded");
    assertThat(fixture.releases(NAMESPACE, "app").get(0).status()).isEqualTo("deployed");
  }

  @Test
  void failedInstallIsUninstalledAndRetried() {
    fixture.create(
        "app",
        "app",
        spec -> {
          spec.setTimeout("1s");
          spec.setValues(JSON.valueToTree(Map.of("broken", true)));
          Install install = new Install();
          InstallRemediation remediation = new InstallRemediation();
          remediation.setRetries(1);
          install.setRemediation(remediation);
          spec.setInstall(install);
        });

    HelmRelease remediated = fixture.reconcile("app");

    assertThat(condition(remediated, "Released").getReason()).isEqualTo("InstallFailed");
    assertThat(condition(remediated, "Remediated").getReason()).isEqualTo("UninstallSucceeded");
    assertThat(condition(remediated, "Ready").getStatus()).isEqualTo("False");
    assertThat(remediated.getStatus().getInstallFailures()).isEqualTo(1);
    assertThat(fixture.releaseSecrets(NAMESPACE)).isEmpty();
    assertThat(fixture.client().configMaps().inNamespace(NAMESPACE).withName("app").get()).isNull();

    fixture.reconcile("app");
    HelmRelease stalled = fixture.reconcile("app");

    assertThat(stalled.getStatus().getInstallFailures()).isEqualTo(2);
    assertThat(condition(stalled, "Stalled").getMessage())
        .isEqualTo("Failed to install after 2 attempt(s)");
    // the last failure is not remediated by default: the failed release stays for inspection
    assertThat(fixture.releases(NAMESPACE, "app"))
        .extracting(StoredRelease::status)
        .containsExactly("failed");
  }

  @Test
  void stallsWithoutRetriesAndResumesOnResetOrNewValues() {
    fixture.create("app", "app", spec -> spec.setTimeout("1s"));
    fixture.reconcile("app");
    fixture.update("app", spec -> spec.setValues(JSON.valueToTree(Map.of("broken", true))));

    HelmRelease stalled = fixture.reconcile("app");

    assertThat(condition(stalled, "Stalled").getMessage())
        .isEqualTo("Failed to upgrade after 1 attempt(s)");
    assertThat(condition(stalled, "Released").getReason()).isEqualTo("UpgradeFailed");
    assertThat(condition(stalled, "Remediated")).isNull();

    fixture.annotate("app", "reconcile.fluxcd.io/resetAt", "first");
    HelmRelease reset = fixture.reconcile("app");
    assertThat(reset.getStatus().getLastHandledResetAt()).isEqualTo("first");
    assertThat(fixture.releases(NAMESPACE, "app")).hasSize(3);

    fixture.update("app", spec -> spec.setValues(JSON.valueToTree(Map.of("broken", false))));
    HelmRelease fixed = fixture.reconcile("app");
    assertThat(condition(fixed, "Ready").getReason()).isEqualTo("UpgradeSucceeded");
    assertThat(condition(fixed, "Stalled")).isNull();
    assertThat(fixed.getStatus().getUpgradeFailures()).isNull();
  }

  @Test
  void forceAtUpgradesAnInSyncRelease() {
    fixture.create("app", "app", spec -> {});
    fixture.reconcile("app");

    fixture.annotate("app", "reconcile.fluxcd.io/forceAt", "now");
    HelmRelease forced = fixture.reconcile("app");

    assertThat(condition(forced, "Ready").getMessage())
        .isEqualTo("Helm upgrade succeeded for release flux-system/app.v2 with chart app@1.0.0");
    assertThat(forced.getStatus().getLastHandledForceAt()).isEqualTo("now");
    assertThat(fixture.reconcile("app").getStatus().getHistory()).hasSize(2);
  }

  @Test
  void cleanupOnFailDeletesWhatTheFailedUpgradeCreated() {
    fixture.create(
        "app",
        "app",
        spec -> {
          spec.setTimeout("1s");
          Upgrade upgrade = new Upgrade();
          upgrade.setCleanupOnFail(true);
          spec.setUpgrade(upgrade);
        });
    fixture.reconcile("app");
    fixture.update("app", spec -> spec.setValues(JSON.valueToTree(Map.of("broken", true))));

    HelmRelease failed = fixture.reconcile("app");

    assertThat(condition(failed, "Released").getReason()).isEqualTo("UpgradeFailed");
    assertThat(
            fixture
                .client()
                .apps()
                .deployments()
                .inNamespace(NAMESPACE)
                .withName("never-ready")
                .get())
        .as("created by the failed upgrade")
        .isNull();
    assertThat(fixture.client().configMaps().inNamespace(NAMESPACE).withName("app").get())
        .as("kept: the previous revision has it")
        .isNotNull();
    assertThat(fixture.releases(NAMESPACE, "app").get(0).status()).isEqualTo("failed");
  }

  private static Upgrade upgradeRetries(int retries) {
    Upgrade upgrade = new Upgrade();
    UpgradeRemediation remediation = new UpgradeRemediation();
    remediation.setRetries(retries);
    upgrade.setRemediation(remediation);
    return upgrade;
  }
}
