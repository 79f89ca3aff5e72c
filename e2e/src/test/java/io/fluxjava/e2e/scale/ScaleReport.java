package io.fluxjava.e2e.scale;

import io.fluxjava.e2e.Controller;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's tables in Markdown, rewritten to a file after every measurement so that a run cut
 * short still leaves what it measured.
 */
final class ScaleReport {

  /** Process names in table order: the controllers, then the API server they all talk to. */
  private static final List<String> PROCESSES =
      List.of(
          Controller.SOURCE.deploymentName(),
          Controller.KUSTOMIZE.deploymentName(),
          Controller.HELM.deploymentName(),
          Controller.NOTIFICATION.deploymentName(),
          "api-server");

  private final Path file;
  private final List<StartupMeasurement.Startup> startups = new ArrayList<>();
  private final List<ScaleRun> runs = new ArrayList<>();

  /** Writes to {@code file}. */
  ScaleReport(Path file) {
    this.file = file;
  }

  /** Adds a start-up row and rewrites the file. */
  void add(StartupMeasurement.Startup startup) {
    startups.add(startup);
    write();
  }

  /** Adds a scale row and rewrites the file. */
  void add(ScaleRun run) {
    runs.add(run);
    write();
  }

  /** Both tables. */
  String markdown() {
    StringBuilder out = new StringBuilder();
    if (!startups.isEmpty()) {
      out.append("| controller | start → /readyz 200 | idle RSS |\n|---|---:|---:|\n");
      for (StartupMeasurement.Startup startup : startups) {
        out.append(
            format(
                "| %s | %.2f s | %.0f MiB |%n",
                startup.controller().deploymentName(),
                startup.toReady().toMillis() / 1000.0,
                startup.idleRssMib()));
      }
      out.append('\n');
    }
    if (!runs.isEmpty()) {
      out.append("| kind | N | direct apply | all Ready | ours / direct |");
      PROCESSES.forEach(name -> out.append(' ').append(name).append(" peak RSS, CPU |"));
      out.append("\n|---|---:|---:|---:|---:|").append("---:|".repeat(PROCESSES.size()));
      out.append('\n');
      runs.forEach(run -> out.append(row(run)));
    }
    return out.toString();
  }

  private static String row(ScaleRun run) {
    StringBuilder row =
        new StringBuilder(
            format(
                "| %s | %d | %s s | %s | %s |",
                run.kind(),
                run.n(),
                ScaleMeasurement.seconds(run.directApply()),
                readyCell(run),
                run.complete() ? format("%.1f×", run.ratio()) : "—"));
    for (String name : PROCESSES) {
      ScaleRun.Footprint footprint = run.footprints().get(name);
      row.append(
          footprint == null
              ? " — |"
              : format(" %.0f MiB, %.1f s |", footprint.peakRssMib(), footprint.cpuSeconds()));
    }
    return row.append('\n').toString();
  }

  private static String readyCell(ScaleRun run) {
    String elapsed = ScaleMeasurement.seconds(run.toReady()) + " s";
    return run.complete()
        ? elapsed
        : format("%d/%d Ready after %s (bound)", run.ready(), run.n(), elapsed);
  }

  private void write() {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, markdown());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
