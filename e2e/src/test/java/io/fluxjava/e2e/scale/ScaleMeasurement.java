package io.fluxjava.e2e.scale;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.e2e.LocalCluster;
import io.fluxjava.e2e.ManagedProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Runs one scenario at one N against a started cluster and measures it. */
final class ScaleMeasurement {

  private final LocalCluster cluster;
  private final Duration bound;
  private final Consumer<String> progress;

  /** Measures in {@code cluster}, giving up on all-Ready after {@code bound}. */
  ScaleMeasurement(LocalCluster cluster, Duration bound, Consumer<String> progress) {
    this.cluster = cluster;
    this.bound = bound;
    this.progress = progress;
  }

  /** The floor first, then the scenario's objects created and awaited. */
  ScaleRun run(ScaleScenario scenario, int n) {
    KubernetesClient client = cluster.client();
    progress.accept("direct apply of " + n + " applications");
    Duration floor = DirectApply.apply(client, n);
    progress.accept("direct apply took " + seconds(floor) + " s; preparing " + scenario.kind());
    DirectApply.ensureNamespace(client, ScaleScenario.APPS_NAMESPACE);
    scenario.prepare(n);
    Map<String, ProcessFootprint> before = footprints();

    Instant start = Instant.now();
    scenario.create(client, n);
    progress.accept("created " + n + " " + scenario.kind() + "s; waiting for Ready");
    ReadyCount.Outcome outcome =
        ReadyCount.await(
            client,
            scenario.apiVersion(),
            scenario.kind(),
            scenario.namespace(),
            n,
            start.plus(bound));
    Map<String, ProcessFootprint> after = footprints();
    Duration elapsed = Duration.between(start, outcome.end());
    progress.accept(outcome.ready() + "/" + n + " Ready after " + seconds(elapsed) + " s");
    outcome.notReady().forEach(object -> progress.accept("not Ready: " + object));

    Map<String, ScaleRun.Footprint> used = new LinkedHashMap<>();
    after.forEach(
        (name, end) ->
            used.put(
                name,
                new ScaleRun.Footprint(
                    end.peakRssMib(), end.cpuSeconds() - before.get(name).cpuSeconds())));
    return new ScaleRun(scenario.kind(), n, floor, elapsed, outcome.ready(), used);
  }

  private Map<String, ProcessFootprint> footprints() {
    Map<String, ProcessFootprint> footprints = new LinkedHashMap<>();
    for (ManagedProcess process : cluster.processes()) {
      footprints.put(process.name(), ProcessFootprint.of(process.pid()));
    }
    return footprints;
  }

  static String seconds(Duration duration) {
    return String.format("%.1f", duration.toMillis() / 1000.0);
  }
}
