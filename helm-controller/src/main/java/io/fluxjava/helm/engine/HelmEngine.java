package io.fluxjava.helm.engine;

import com.marcnuri.helm.Helm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the embedded Helm engine (helm-java's Go library) once, at process start, without letting
 * it take the shutdown signals.
 *
 * <p>Helm's template and install code subscribe to SIGINT and SIGTERM through Go's {@code
 * os/signal} on their first run. In a Go shared library that replaces the JVM's handlers: SIGTERM
 * would then cancel nothing and the JVM would never run its shutdown hooks (no graceful stop, no
 * lease release). Go installs its handler only once per signal, so rendering one chart here and
 * then putting the JVM's handlers back keeps them for the life of the process.
 */
public final class HelmEngine {

  private static final Logger LOG = LoggerFactory.getLogger(HelmEngine.class);

  private static final int SIGHUP = 1;
  private static final int SIGINT = 2;
  private static final int SIGTERM = 15;

  private HelmEngine() {}

  /** Loads the engine by rendering a one-object chart; the JVM keeps its signal handlers. */
  public static void load() {
    NativeSignalHandlers jvmHandlers = NativeSignalHandlers.save(SIGHUP, SIGINT, SIGTERM);
    try {
      renderOnce();
    } finally {
      jvmHandlers.restore();
    }
    LOG.info("Helm engine {} loaded", Helm.version().call());
  }

  private static void renderOnce() {
    try (TempDirectory work = TempDirectory.create("helm-engine-")) {
      Path chart = work.dir();
      Files.writeString(
          chart.resolve("Chart.yaml"), "apiVersion: v2\nname: load\nversion: 0.0.1\n");
      Files.createDirectory(chart.resolve("templates"));
      Files.writeString(
          chart.resolve("templates").resolve("configmap.yaml"),
          "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n");
      new Helm(chart).template().withName("load").call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
