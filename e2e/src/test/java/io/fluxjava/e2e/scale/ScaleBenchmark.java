package io.fluxjava.e2e.scale;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluxjava.e2e.Controller;
import io.fluxjava.e2e.E2eSettings;
import io.fluxjava.e2e.LocalCluster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Scale and footprint benchmark (issue 11), shaped like upstream's flux-benchmark: for each N, N
 * Kustomizations and/or N HelmReleases brought to Ready by the four controllers running as
 * processes against the in-memory API server, next to the time one client needs to server-side
 * apply the same objects directly. Each (kind, N) gets a fresh cluster so that peak memory belongs
 * to that run; logs and tables stay in {@code e2e/target/scale/}. Its name keeps it out of
 * surefire's default patterns; it runs only with {@code -Dbenchmark=true}. Settings: {@code
 * -Dscale.n=100,500,1000}, {@code -Dscale.kinds=Kustomization,HelmRelease}, {@code
 * -Dscale.boundMinutes=10} (per run), {@code -Dscale.set=jvm.extraOptions=-Xss512k,...} (chart
 * values, as {@code helm --set} takes them, e.g. to compare JVM settings).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ScaleBenchmark {

  private static final Map<String, Function<Path, ScaleScenario>> SCENARIOS =
      Map.of(
          "Kustomization",
          KustomizationScenario::new,
          "HelmRelease",
          runDir -> new HelmReleaseScenario());

  private static final String UPSTREAM_BENCHMARK_WORKERS =
      "sourceController.concurrent=10,kustomizeController.concurrent=20,"
          + "helmController.concurrent=10";

  @Test
  void bringsNObjectsToReady() {
    List<Integer> sizes = list("scale.n", "100,500,1000").stream().map(Integer::valueOf).toList();
    List<String> kinds = list("scale.kinds", "Kustomization,HelmRelease");
    Duration bound = Duration.ofMinutes(Long.getLong("scale.boundMinutes", 10));
    // kept after the run: the controllers' logs explain a slow or incomplete run
    Path workDir = E2eSettings.projectRoot().resolve("e2e/target/scale");
    Path output = workDir.resolve("scale-benchmark.md");
    ScaleReport report = new ScaleReport(output);

    // a cluster of its own: a restarted controller waits for its predecessor's leader lease to
    // expire, which must not delay a measured run
    if (Boolean.parseBoolean(System.getProperty("scale.startup", "true"))) {
      try (LocalCluster cluster = start(fresh(workDir.resolve("startup")))) {
        for (Controller controller : Controller.values()) {
          report.add(StartupMeasurement.of(cluster, controller));
        }
      }
    }
    // every kind at a small N before any at a large one: a run cut short still compares kinds
    for (int n : sizes) {
      for (String kind : kinds) {
        Path runDir = fresh(workDir.resolve(kind + "-" + n));
        try (LocalCluster cluster = start(runDir);
            ScaleScenario scenario = SCENARIOS.get(kind).apply(runDir)) {
          ScaleRun run =
              new ScaleMeasurement(cluster, bound, ScaleBenchmark::progress).run(scenario, n);
          report.add(run);
          assertThat(run.ready()).as("%s Ready at N=%d", kind, n).isPositive();
        }
      }
    }
    System.out.println(report.markdown());
    System.out.println("written to " + output);
  }

  private static LocalCluster start(Path runDir) {
    return LocalCluster.start(
        new LocalCluster.Settings(
            E2eSettings.projectRoot(),
            runDir,
            E2eSettings.version(),
            chartValues(),
            ScaleBenchmark::progress));
  }

  /** {@code dir}, emptied of an earlier run's files. */
  private static Path fresh(Path dir) {
    if (!Files.exists(dir)) {
      return dir;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code -Dscale.set=key=value,...}: chart values the controllers are started with; by default
   * the workers upstream's flux-benchmark gives each controller (its RESULTS.md: source-controller
   * 10, kustomize-controller 20, helm-controller 10), over the chart's upstream defaults (2, 4, 4).
   */
  private static Map<String, String> chartValues() {
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : list("scale.set", UPSTREAM_BENCHMARK_WORKERS)) {
      int equals = pair.indexOf('=');
      values.put(pair.substring(0, equals), pair.substring(equals + 1));
    }
    return values;
  }

  private static List<String> list(String property, String fallback) {
    return Arrays.stream(System.getProperty(property, fallback).split(","))
        .map(String::strip)
        .filter(value -> !value.isEmpty())
        .toList();
  }

  private static void progress(String line) {
    System.out.println("scale: " + line);
  }
}
