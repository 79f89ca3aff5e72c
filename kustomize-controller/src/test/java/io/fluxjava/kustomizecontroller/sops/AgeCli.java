package io.fluxjava.kustomizecontroller.sops;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code age} and {@code age-keygen} commands, for keys and ciphertexts made by age
 * itself.
 */
final class AgeCli {

  private AgeCli() {}

  /** An identity file as age-keygen writes it (with its comment lines) and its recipient. */
  record Identity(String file, String recipient) {}

  /** Skips the calling test with a clear message when the age CLI is not installed. */
  static void assumeInstalled() {
    assumeTrue(
        Commands.isOnPath("age") && Commands.isOnPath("age-keygen"),
        "Debian's age CLI is not installed (apt-get install -y age); skipping age CLI cases");
  }

  static Identity newIdentity(Path dir) {
    Path file = dir.resolve("identity-" + System.nanoTime() + ".txt");
    run(null, "age-keygen", "-o", file.toString());
    String recipient =
        new String(run(null, "age-keygen", "-y", file.toString()), StandardCharsets.UTF_8).trim();
    try {
      return new Identity(Files.readString(file), recipient);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Encrypts bytes for a recipient in age's armored (PEM-like) form, as sops stores data keys. */
  static String encryptArmored(byte[] plaintext, String recipient) {
    return new String(run(plaintext, "age", "--armor", "-r", recipient), StandardCharsets.UTF_8);
  }

  private static byte[] run(byte[] stdin, String... command) {
    try {
      Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(false).start();
      if (stdin != null) {
        process.getOutputStream().write(stdin);
      }
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(
            command[0]
                + " failed: "
                + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
