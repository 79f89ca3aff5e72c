package io.fluxjava.helm;

import static io.fluxjava.helm.testing.HelmReleaseFixture.NAMESPACE;
import static io.fluxjava.helm.testing.HelmReleaseFixture.condition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.fluxjava.api.helm.HelmRelease;
import io.fluxjava.helm.storage.ReleaseStorage;
import io.fluxjava.helm.storage.StoredRelease;
import io.fluxjava.helm.testing.HelmReleaseFixture;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HelmReleaseUnlockTest {

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
  void unlocksAReleaseStuckInPendingAndUpgradesIt() {
    fixture.create("podinfo", "podinfo", spec -> {});
    fixture.reconcile("podinfo");
    // as if the controller had been killed in the middle of an upgrade
    StoredRelease deployed = fixture.releases(NAMESPACE, "podinfo").get(0);
    new ReleaseStorage(fixture.client(), Clock.systemUTC())
        .save(NAMESPACE, deployed.withStatus(StoredRelease.PENDING_UPGRADE, "Preparing upgrade"));

    HelmRelease release = fixture.reconcile("podinfo");

    assertThat(condition(release, "Ready").getMessage())
        .isEqualTo(
            "Helm upgrade succeeded for release flux-system/podinfo.v2 with chart podinfo@6.5.4");
    assertThat(fixture.releases(NAMESPACE, "podinfo"))
        .extracting(StoredRelease::version, StoredRelease::status)
        .containsExactly(tuple(2, "deployed"), tuple(1, "superseded"));
    assertThat(fixture.releases(NAMESPACE, "podinfo").get(1).info().description())
        .isEqualTo("Release unlocked from stale 'pending-upgrade' state");
    assertThat(fixture.events("podinfo"))
        .anySatisfy(
            e ->
                assertThat(e.getMessage())
                    .startsWith("Unlocked Helm release flux-system/podinfo.v1"));
  }
}
