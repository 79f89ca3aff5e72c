package io.fluxjava.helm;

import static io.fluxjava.helm.testing.HelmReleaseFixture.NAMESPACE;
import static org.assertj.core.api.Assertions.assertThat;

import io.fluxjava.api.helm.DeletionPropagation;
import io.fluxjava.api.helm.Uninstall;
import io.fluxjava.helm.storage.StoredRelease;
import io.fluxjava.helm.testing.DeleteRequestRecorder;
import io.fluxjava.helm.testing.HelmReleaseFixture;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HelmReleaseUninstallTest {

  private HelmReleaseFixture fixture;

  @BeforeEach
  void start() {
    fixture = new HelmReleaseFixture();
    fixture.publishChart("podinfo", HelmReleaseInstallTest.PODINFO);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void uninstallsOnDeletion() {
    fixture.create("podinfo", "podinfo", spec -> {});
    fixture.reconcile("podinfo");

    assertThat(fixture.cleanup("podinfo")).isEmpty();

    assertThat(
            fixture.client().configMaps().inNamespace(NAMESPACE).withName("podinfo-config").get())
        .isNull();
    assertThat(fixture.releaseSecrets(NAMESPACE)).isEmpty();
  }

  @Test
  void deletesWithBackgroundPropagationByDefault() {
    fixture.create("podinfo", "podinfo", spec -> {});
    fixture.reconcile("podinfo");

    fixture.cleanup("podinfo");

    assertThat(configMapDeletes()).singleElement().asString().contains("\"Background\"");
  }

  @Test
  void deletesWithTheConfiguredPropagation() {
    fixture.create(
        "podinfo",
        "podinfo",
        spec -> {
          Uninstall uninstall = new Uninstall();
          uninstall.setDeletionPropagation(DeletionPropagation.ORPHAN);
          spec.setUninstall(uninstall);
        });
    fixture.reconcile("podinfo");

    fixture.cleanup("podinfo");

    assertThat(configMapDeletes())
        .singleElement()
        .asString()
        .contains("\"propagationPolicy\":\"Orphan\"");
    assertThat(
            fixture.client().configMaps().inNamespace(NAMESPACE).withName("podinfo-config").get())
        .isNull();
  }

  private List<String> configMapDeletes() {
    return fixture.deleteRequests().stream()
        .filter(r -> r.path().endsWith("/configmaps/podinfo-config"))
        .map(DeleteRequestRecorder.DeleteRequest::body)
        .toList();
  }

  @Test
  void keepsHistoryWhenAsked() {
    fixture.create(
        "podinfo",
        "podinfo",
        spec -> {
          Uninstall uninstall = new Uninstall();
          uninstall.setKeepHistory(true);
          spec.setUninstall(uninstall);
        });
    fixture.reconcile("podinfo");

    fixture.cleanup("podinfo");

    assertThat(
            fixture.client().configMaps().inNamespace(NAMESPACE).withName("podinfo-config").get())
        .isNull();
    assertThat(fixture.releases(NAMESPACE, "podinfo"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(StoredRelease.UNINSTALLED);
              assertThat(r.info().deleted()).isNotEmpty();
            });
  }

  @Test
  void leavesASuspendedReleaseInPlace() {
    fixture.create("podinfo", "podinfo", spec -> {});
    fixture.reconcile("podinfo");
    fixture.update("podinfo", spec -> spec.setSuspend(true));

    fixture.cleanup("podinfo");

    assertThat(
            fixture.client().configMaps().inNamespace(NAMESPACE).withName("podinfo-config").get())
        .isNotNull();
    assertThat(fixture.releaseSecrets(NAMESPACE)).hasSize(1);
  }
}
