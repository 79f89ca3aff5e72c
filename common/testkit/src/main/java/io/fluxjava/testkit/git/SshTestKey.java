package io.fluxjava.testkit.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** An ECDSA SSH key pair made with {@code ssh-keygen}, optionally protected by a passphrase. */
public record SshTestKey(Path privateKeyFile, byte[] privateKey, String publicKeyLine) {

  /** Generates a key in {@code directory}; an empty passphrase leaves it unencrypted. */
  public static SshTestKey generate(Path directory, String name, String passphrase) {
    Path file = directory.resolve(name);
    CommandRunner.run(
        directory,
        Map.of(),
        List.of(
            "ssh-keygen",
            "-q",
            "-t",
            "ecdsa",
            "-b",
            "256",
            "-N",
            passphrase,
            "-C",
            name,
            "-f",
            file.toString()));
    try {
      return new SshTestKey(
          file,
          Files.readAllBytes(file),
          Files.readString(file.resolveSibling(name + ".pub")).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
