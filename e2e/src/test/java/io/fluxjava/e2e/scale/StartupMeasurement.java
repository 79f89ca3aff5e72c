package io.fluxjava.e2e.scale;

import io.fluxjava.e2e.Controller;
import io.fluxjava.e2e.HttpProbe;
import io.fluxjava.e2e.LocalCluster;
import io.fluxjava.e2e.ManagedProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Start-up of one controller on its own: the running process is replaced by a fresh one and the
 * time from the new process's start to its first {@code /readyz} 200 is taken, then its resident
 * memory once it has been idle for a while.
 */
final class StartupMeasurement {

  /** How long a freshly started controller is left alone before its idle memory is read. */
  static final Duration SETTLE = Duration.ofSeconds(10);

  private static final Duration POLL = Duration.ofMillis(20);
  private static final Duration TIMEOUT = Duration.ofMinutes(3);

  /** Start-up time and idle resident memory of one controller. */
  record Startup(Controller controller, Duration toReady, double idleRssMib) {}

  private StartupMeasurement() {}

  /** Restarts {@code controller} in {@code cluster} and measures the new process. */
  static Startup of(LocalCluster cluster, Controller controller) {
    String readyz = cluster.url(controller, "healthz") + "/readyz";
    // polls faster than the harness does; the old process answers until it is stopped, so only
    // a 200 after a failed probe belongs to the new process
    CompletableFuture<Instant> firstReady =
        CompletableFuture.supplyAsync(() -> firstReadyAfterDown(readyz));
    cluster.restart(controller);
    ManagedProcess process = process(cluster, controller);
    Instant started =
        ProcessHandle.of(process.pid()).orElseThrow().info().startInstant().orElseThrow();
    Instant ready = await(firstReady);
    Pause.of(SETTLE);
    return new Startup(
        controller, Duration.between(started, ready), ProcessFootprint.of(process.pid()).rssMib());
  }

  /** The running process of {@code controller}. */
  private static ManagedProcess process(LocalCluster cluster, Controller controller) {
    return cluster.processes().stream()
        .filter(process -> process.name().equals(controller.deploymentName()))
        .findFirst()
        .orElseThrow();
  }

  private static Instant firstReadyAfterDown(String readyz) {
    Instant deadline = Instant.now().plus(TIMEOUT);
    boolean wentDown = false;
    while (Instant.now().isBefore(deadline)) {
      boolean up = HttpProbe.status(readyz) == 200;
      if (up && wentDown) {
        return Instant.now();
      }
      wentDown |= !up;
      Pause.of(POLL);
    }
    throw new IllegalStateException(readyz + " did not answer 200 within " + TIMEOUT);
  }

  private static Instant await(CompletableFuture<Instant> future) {
    try {
      return future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("no start-up time measured", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
