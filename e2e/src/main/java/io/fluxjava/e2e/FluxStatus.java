package io.fluxjava.e2e;

import io.fluxjava.testkit.Kubectl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A table like {@code flux get all -A}, read with kubectl through the Flux CRDs' columns. */
public final class FluxStatus {

  /** Every Flux kind the four controllers serve. */
  public static final String KINDS =
      "gitrepositories,ocirepositories,helmrepositories,helmcharts,buckets,"
          + "kustomizations,helmreleases,alerts,providers,receivers";

  private final Path kubeconfig;
  private final Path workDir;

  /** kubectl against {@code kubeconfig}, its cache under {@code workDir}. */
  public FluxStatus(Path kubeconfig, Path workDir) {
    this.kubeconfig = kubeconfig;
    this.workDir = workDir;
  }

  // kubectl leaves its discovery cache and output files here
  private Path kubectlDir() {
    try {
      return Files.createDirectories(workDir.resolve("kubectl"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints the table; false when there is no running API server or kubectl is missing. */
  public boolean print() {
    if (!Files.exists(kubeconfig)) {
      System.err.println("flux-local is not running (no " + kubeconfig + ")");
      return false;
    }
    if (!Kubectl.isInstalled()) {
      System.err.println("kubectl is not on the PATH");
      return false;
    }
    Kubectl.Result result =
        new Kubectl(kubeconfig, kubectlDir()).run(Duration.ofSeconds(30), "get", KINDS, "-A");
    System.out.print(result.stdout());
    System.err.print(result.stderr());
    return result.succeeded();
  }
}
