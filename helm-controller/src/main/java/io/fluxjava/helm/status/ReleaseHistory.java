package io.fluxjava.helm.status;

import io.fluxjava.api.helm.ReleaseAction;
import io.fluxjava.api.helm.ReleaseSnapshot;
import io.fluxjava.api.helm.TestHookStatus;
import io.fluxjava.helm.render.HookAnnotations;
import io.fluxjava.helm.storage.ReleaseCodec;
import io.fluxjava.helm.storage.StoredRelease;
import io.fluxjava.helm.values.ComposedValues;
import io.fluxjava.helm.values.Digests;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the stored revisions into {@code status.history} snapshots, newest first. */
public final class ReleaseHistory {

  private ReleaseHistory() {}

  public static List<ReleaseSnapshot> snapshots(List<StoredRelease> history) {
    return history.stream().map(ReleaseHistory::snapshot).toList();
  }

  private static ReleaseSnapshot snapshot(StoredRelease release) {
    ReleaseSnapshot snapshot = new ReleaseSnapshot();
    snapshot.setDigest("sha256:" + Digests.sha256Hex(ReleaseCodec.encode(release)));
    snapshot.setName(release.name());
    snapshot.setNamespace(release.namespace());
    snapshot.setVersion(release.version());
    snapshot.setStatus(release.status());
    snapshot.setChartName(release.chart().name());
    snapshot.setChartVersion(release.chart().version());
    snapshot.setAppVersion(release.chart().appVersion());
    snapshot.setConfigDigest(
        new ComposedValues(release.config() == null ? Map.of() : release.config()).configDigest());
    snapshot.setFirstDeployed(release.info().firstDeployed());
    snapshot.setLastDeployed(release.info().lastDeployed());
    String deleted = release.info().deleted();
    snapshot.setDeleted(deleted == null || deleted.isEmpty() ? null : deleted);
    snapshot.setAction(release.version() == 1 ? ReleaseAction.INSTALL : ReleaseAction.UPGRADE);
    Map<String, TestHookStatus> tests = testHooks(release);
    snapshot.setTestHooks(tests.isEmpty() ? null : tests);
    return snapshot;
  }

  private static Map<String, TestHookStatus> testHooks(StoredRelease release) {
    Map<String, TestHookStatus> tests = new LinkedHashMap<>();
    for (StoredRelease.Hook hook : release.hooks()) {
      if (hook.events().contains(HookAnnotations.TEST)
          && hook.lastRun() != null
          && !hook.lastRun().startedAt().isEmpty()) {
        TestHookStatus status = new TestHookStatus();
        status.setLastStarted(hook.lastRun().startedAt());
        status.setLastCompleted(hook.lastRun().completedAt());
        status.setPhase(hook.lastRun().phase());
        tests.put(hook.name(), status);
      }
    }
    return tests;
  }
}
