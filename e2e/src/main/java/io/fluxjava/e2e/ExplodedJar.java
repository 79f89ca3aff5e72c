package io.fluxjava.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A controller's Spring Boot jar unpacked into a plain jar plus {@code lib/} ({@code java
 * -Djarmode=tools -jar app.jar extract}): classes load from a flat class path, as in the container
 * image (Jib lays the application out the same way), not through the nested-jar loader, which costs
 * about a second of start-up.
 */
final class ExplodedJar {

  private static final long EXTRACT_TIMEOUT_SECONDS = 120;

  private ExplodedJar() {}

  /**
   * Unpacks {@code bootJar} below {@code parentDir} (once per build of the jar: the folder is named
   * after its size and modification time) and returns the runnable jar.
   */
  static Path of(Path bootJar, Path parentDir) {
    Path targetDir;
    try {
      targetDir =
          parentDir.resolve(
              Files.size(bootJar) + "-" + Files.getLastModifiedTime(bootJar).toMillis());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + bootJar, e);
    }
    Path runnable = targetDir.resolve(bootJar.getFileName());
    if (Files.exists(runnable)) {
      return runnable;
    }
    List<String> command =
        List.of(
            ManagedProcess.javaBinary(),
            "-Djarmode=tools",
            "-jar",
            bootJar.toString(),
            "extract",
            "--destination",
            targetDir.toString());
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!process.waitFor(EXTRACT_TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException("cannot extract " + bootJar + ": " + command);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot extract " + bootJar, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting " + bootJar, e);
    }
    return runnable;
  }
}
