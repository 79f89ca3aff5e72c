package io.fluxjava.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code ./flux-local up|down|status}: runs the four controllers locally against the in-memory API
 * server with a demo fleet repository, stops a run, or shows what Flux sees. State lives in {@code
 * .flux-local/} of the checkout.
 */
public final class LocalRunMain {

  private static final Duration CHILD_GRACE = Duration.ofSeconds(15);

  private LocalRunMain() {}

  /** Entry point: {@code up}, {@code down} or {@code status}. */
  public static void main(String[] args) throws InterruptedException {
    Path root = E2eSettings.projectRoot();
    LocalRunState state = new LocalRunState(root.resolve(".flux-local"));
    String command = args.length == 0 ? "" : args[0];
    switch (command) {
      case "up" -> up(root, state);
      case "down" -> System.exit(state.stopRunning() ? 0 : 1);
      case "status" -> System.exit(new FluxStatus(state.kubeconfig(), state.dir()).print() ? 0 : 1);
      default -> {
        System.err.println("usage: flux-local up|down|status");
        System.exit(2);
      }
    }
  }

  private static void up(Path root, LocalRunState state) throws InterruptedException {
    if (state.isRunning()) {
      System.err.println(
          "flux-local is already running (pid "
              + state.runningPid()
              + "); run ./flux-local down first");
      System.exit(1);
    }
    state.reset();
    state.writePid(ProcessHandle.current().pid());
    CountDownLatch stopped = new CountDownLatch(1);
    AtomicReference<LocalCluster> started = new AtomicReference<>();
    AtomicReference<DemoFleet> served = new AtomicReference<>();
    // registered before anything starts, so that Ctrl-C or `down` at any point stops it all
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  progress("stopping");
                  Optional.ofNullable(served.get()).ifPresent(DemoFleet::close);
                  Optional.ofNullable(started.get()).ifPresent(LocalCluster::close);
                  stopChildrenStillRunning();
                  state.clearPid();
                  stopped.countDown();
                }));
    LocalCluster cluster =
        LocalCluster.start(
            new LocalCluster.Settings(
                root, state.dir(), E2eSettings.version(), Map.of(), LocalRunMain::progress));
    started.set(cluster);
    DemoFleet fleet = null;
    try {
      fleet = DemoFleet.create(state.dir(), LocalRunMain::progress);
      served.set(fleet);
      fleet.apply(cluster.client(), root);
      progress("waiting for the demo to be Ready");
      fleet.awaitReady(cluster.client());
    } catch (RuntimeException e) {
      progress("the demo did not become Ready: " + e.getMessage());
    }
    new FluxStatus(cluster.kubeconfig(), state.dir()).print();
    System.out.println(Summary.of(cluster, state.dir(), fleet));
    write(state.dir().resolve("summary.txt"), Summary.of(cluster, state.dir(), fleet));
    stopped.await();
  }

  /** Processes started while the cluster was still starting up, not yet known to anyone. */
  private static void stopChildrenStillRunning() {
    List<ProcessHandle> children = ProcessHandle.current().children().toList();
    children.forEach(ProcessHandle::destroy);
    for (ProcessHandle child : children) {
      try {
        child.onExit().get(CHILD_GRACE.toSeconds(), TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException e) {
        child.destroyForcibly();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        child.destroyForcibly();
      }
    }
  }

  private static void progress(String line) {
    System.out.println("flux-local: " + line);
  }

  private static void write(Path file, String content) {
    try {
      Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
