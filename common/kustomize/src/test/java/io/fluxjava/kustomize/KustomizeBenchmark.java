package io.fluxjava.kustomize;

import io.fluxjava.kustomize.cli.KustomizeCli;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Benchmark (not a test): builds the differential corpus and a generated tree of a few thousand
 * objects with our engine (warm, in-process, repeated) and with {@code kubectl kustomize}, and
 * prints both times and their ratio per directory, plus the cold time of a new JVM running the CLI.
 *
 * <p>Run: {@code mvn -B -o -pl common/kustomize -Pbenchmark test-compile exec:exec}
 */
public final class KustomizeBenchmark {

  private static final int WARMUP_ROUNDS = 5;
  private static final int MEASURED_ROUNDS = 10;
  private static final int KUBECTL_ROUNDS = 3;
  private static final int LARGE_BASES = 30;
  private static final int OBJECTS_PER_BASE = 100;

  private KustomizeBenchmark() {}

  /** Entry point. */
  public static void main(String[] args) throws Exception {
    if (!Kubectl.available()) {
      System.out.println(Kubectl.SKIP_MESSAGE);
      return;
    }
    List<Path> dirs = new ArrayList<>();
    try (Stream<Path> cases = Files.list(DifferentialCasesTest.CASES)) {
      cases
          .filter(d -> Files.isDirectory(d) && !Files.exists(d.resolve("expected-error.txt")))
          .sorted()
          .forEach(dirs::add);
    }
    Path large =
        LargeTree.write(
            Files.createTempDirectory("kustomize-bench"), LARGE_BASES, OBJECTS_PER_BASE);
    dirs.add(large);
    KustomizeBuilder builder = new KustomizeBuilder(KustomizeOptions.defaults());
    double oursTotal = 0;
    double kubectlTotal = 0;
    System.out.printf("%-50s %12s %12s %8s%n", "directory", "ours warm ms", "kubectl ms", "ratio");
    for (Path dir : dirs) {
      double ours = warmMillis(builder, dir);
      double kubectl = kubectlMillis(dir);
      oursTotal += ours;
      kubectlTotal += kubectl;
      System.out.printf(
          "%-50s %12.2f %12.2f %8.3f%n", dir.getFileName(), ours, kubectl, ours / kubectl);
    }
    System.out.printf(
        "%-50s %12.2f %12.2f %8.3f%n",
        "TOTAL (" + dirs.size() + " dirs)", oursTotal, kubectlTotal, oursTotal / kubectlTotal);
    int objects = builder.build(large).size();
    System.out.printf("large tree: %d objects%n", objects);
    System.out.printf("cold (new JVM, CLI) large tree: %.0f ms%n", coldMillis(large));
    System.out.printf("cold (new JVM, CLI) small case: %.0f ms%n", coldMillis(dirs.get(0)));
  }

  private static double warmMillis(KustomizeBuilder builder, Path dir) {
    for (int i = 0; i < WARMUP_ROUNDS; i++) {
      builder.buildYaml(dir);
    }
    long start = System.nanoTime();
    for (int i = 0; i < MEASURED_ROUNDS; i++) {
      builder.buildYaml(dir);
    }
    return (System.nanoTime() - start) / 1e6 / MEASURED_ROUNDS;
  }

  private static double kubectlMillis(Path dir) {
    long start = System.nanoTime();
    for (int i = 0; i < KUBECTL_ROUNDS; i++) {
      Kubectl.kustomize(dir);
    }
    return (System.nanoTime() - start) / 1e6 / KUBECTL_ROUNDS;
  }

  private static double coldMillis(Path dir) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                KustomizeCli.class.getName(),
                "build",
                dir.toString())
            .redirectOutput(ProcessBuilder.Redirect.to(new File("/dev/null")))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    p.waitFor(5, TimeUnit.MINUTES);
    return (System.nanoTime() - start) / 1e6;
  }
}
