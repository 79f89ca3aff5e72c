package io.fluxjava.kustomizecontroller.status;

import io.fluxjava.api.meta.HistorySnapshot;
import io.fluxjava.runtime.GoDuration;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code status.history} of a Kustomization: at most five snapshots, newest first; a run with
 * the same build digest and outcome as an existing snapshot updates it instead of adding one.
 */
public final class History {

  /** Upstream keeps this many snapshots. */
  public static final int MAX_SNAPSHOTS = 5;

  private History() {}

  /**
   * The history after a run that built {@code digest} and ended with {@code status}.
   *
   * @param metadata {@code revision} and, when known, {@code originRevision}
   */
  public static List<HistorySnapshot> upsert(
      List<HistorySnapshot> history,
      String digest,
      String status,
      Instant finished,
      Duration took,
      Map<String, String> metadata) {
    List<HistorySnapshot> updated = new ArrayList<>(history == null ? List.of() : history);
    HistorySnapshot snapshot =
        updated.stream()
            .filter(s -> digest.equals(s.getDigest()) && status.equals(s.getLastReconciledStatus()))
            .findFirst()
            .orElseGet(() -> fresh(digest, status, finished));
    updated.remove(snapshot);
    String time = finished.truncatedTo(ChronoUnit.SECONDS).toString();
    snapshot.setLastReconciled(time);
    snapshot.setLastReconciledDuration(GoDuration.format(took.truncatedTo(ChronoUnit.MILLIS)));
    snapshot.setTotalReconciliations(
        Objects.requireNonNullElse(snapshot.getTotalReconciliations(), 0L) + 1);
    snapshot.setMetadata(Map.copyOf(metadata));
    updated.add(0, snapshot);
    return updated.size() > MAX_SNAPSHOTS
        ? new ArrayList<>(updated.subList(0, MAX_SNAPSHOTS))
        : updated;
  }

  private static HistorySnapshot fresh(String digest, String status, Instant finished) {
    HistorySnapshot snapshot = new HistorySnapshot();
    snapshot.setDigest(digest);
    snapshot.setLastReconciledStatus(status);
    snapshot.setFirstReconciled(finished.truncatedTo(ChronoUnit.SECONDS).toString());
    snapshot.setTotalReconciliations(0L);
    return snapshot;
  }
}
