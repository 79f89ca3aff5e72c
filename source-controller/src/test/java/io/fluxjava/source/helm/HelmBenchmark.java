package io.fluxjava.source.helm;

import io.fluxjava.testkit.helm.ChartArchive;
import io.fluxjava.testkit.helm.HelmIndexYaml;
import io.fluxjava.testkit.helm.HelmRepositoryServer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * Prints how long the Helm source paths take: normalising a generated ~20 MB index.yaml (what a
 * HelmRepository reconcile does), parsing it for chart resolution (once per revision, then served
 * from {@link HelmIndexCache}), resolving a version in it, and fetching + verifying a chart over
 * loopback HTTP. Not a test; run with {@code mvn -pl source-controller exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=io.fluxjava.source.helm.HelmBenchmark}.
 */
public final class HelmBenchmark {

  private static final int CHARTS = 400;
  private static final int VERSIONS = 200;
  private static final int ROUNDS = 5;
  private static final int FETCHES = 50;

  private HelmBenchmark() {}

  public static void main(String[] args) throws Exception {
    byte[] index = HelmIndexYaml.synthetic(CHARTS, VERSIONS).getBytes(StandardCharsets.UTF_8);
    System.out.printf(
        "index.yaml: %.1f MB, %d chart versions%n", index.length / 1e6, CHARTS * VERSIONS);

    double[] normalise = new double[ROUNDS];
    double[] parse = new double[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      normalise[i] = millis(() -> IndexNormaliser.normalise(index));
      parse[i] = millis(() -> HelmIndex.parse(new ByteArrayInputStream(index)));
    }
    report("normalise (HelmRepository reconcile)", normalise);
    report("parse for resolution (once per revision)", parse);

    Path file = Files.createTempFile("index-", ".yaml");
    Files.write(file, index);
    HelmIndexCache cache = new HelmIndexCache(1);
    double first = millis(() -> cache.get("sha256:x", file));
    double cached = millis(() -> cache.get("sha256:x", file));
    HelmIndex parsed = cache.get("sha256:x", file);
    double resolve = millis(() -> parsed.resolve("chart-7", ">=1.1.0 <1.2.0"));
    System.out.printf(
        "cache: first get %.1f ms, cached get %.3f ms; semver resolve %.3f ms%n",
        first, cached, resolve);
    Files.delete(file);

    try (HelmRepositoryServer server = HelmRepositoryServer.http()) {
      ChartArchive chart = ChartArchive.of("app", "1.0.0");
      for (int i = 0; i < 50; i++) {
        chart.with("templates/cm-" + i + ".yaml", "kind: ConfigMap\n".repeat(40));
      }
      server.add(chart);
      ChartRepositoryClient client =
          new ChartRepositoryClient(
              ChartRepositoryClient.Settings.anonymous(
                  URI.create(server.url()), Duration.ofSeconds(30)));
      double[] fetch = new double[FETCHES];
      for (int i = 0; i < FETCHES; i++) {
        fetch[i] =
            millis(
                () ->
                    ChartArchives.verify(
                        client.downloadChart("charts/" + chart.fileName(), 10L << 20)));
      }
      report("chart fetch + verify (" + chart.bytes().length / 1000 + " kB, loopback HTTP)", fetch);
    }
  }

  private interface Action {
    Object run() throws Exception;
  }

  private static double millis(Action action) throws Exception {
    long start = System.nanoTime();
    action.run();
    return (System.nanoTime() - start) / 1e6;
  }

  private static void report(String what, double[] samples) {
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "%s: median %.1f ms, min %.1f ms, max %.1f ms (%d runs)%n",
        what, sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], sorted.length);
  }
}
