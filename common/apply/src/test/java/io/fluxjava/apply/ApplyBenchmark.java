package io.fluxjava.apply;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fluxjava.testkit.InMemoryApiServer;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Prints how long applying N ConfigMaps takes on the in-memory API server: the first apply (all
 * created), then a re-apply (all unchanged, dry-runs only), with sequential and with concurrent
 * dry-runs. Not a test; run with {@code mvn -pl common/apply exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.fluxjava.apply.ApplyBenchmark}.
 */
public final class ApplyBenchmark {

  private static final int OBJECTS = 200;

  private ApplyBenchmark() {}

  public static void main(String[] args) throws Exception {
    for (int concurrency : new int[] {1, ApplyOptions.DEFAULT_CONCURRENCY}) {
      try (InMemoryApiServer server = InMemoryApiServer.start()) {
        ApplyEngine engine = new ApplyEngine(server.client());
        ApplyOptions options =
            ApplyOptions.defaults("kustomize-controller").withConcurrency(concurrency);
        List<GenericKubernetesResource> manifests =
            IntStream.range(0, OBJECTS)
                .mapToObj(i -> Manifests.configMap("default", "cm-" + i, "v" + i))
                .toList();
        long created = time(() -> engine.apply(manifests, options));
        long unchanged = time(() -> engine.apply(manifests, options));
        System.out.printf(
            "%d ConfigMaps, %d concurrent dry-runs: first apply %d ms, re-apply (unchanged) %d ms%n",
            OBJECTS, concurrency, created, unchanged);
      }
    }
  }

  private interface Apply {
    ChangeSet run() throws InterruptedException;
  }

  private static long time(Apply apply) throws InterruptedException {
    long start = System.nanoTime();
    apply.run();
    return (System.nanoTime() - start) / 1_000_000;
  }
}
