package io.fluxjava.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A fresh age identity from {@code age-keygen}, when the machine has it. */
public final class AgeKeys {

  private AgeKeys() {}

  /** The key file content ({@code # public key: age1…} and {@code AGE-SECRET-KEY-…}), if any. */
  public static Optional<String> generate() {
    try {
      Process process = new ProcessBuilder("age-keygen").redirectErrorStream(false).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
        return Optional.empty();
      }
      return Optional.of(out);
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
