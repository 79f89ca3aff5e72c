package io.fluxjava.testkit.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

/** An OpenPGP signing key in its own GnuPG home, made with {@code gpg}; no passphrase. */
public record PgpTestKey(Path home, String fingerprint, String armoredPublicKey) {

  /** Generates an RSA signing key for {@code uid} in {@code directory}/gnupg-{@code name}. */
  public static PgpTestKey generate(Path directory, String name, String uid) {
    Path home = directory.resolve("gnupg-" + name);
    try {
      Files.createDirectories(home);
      Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> env = Map.of("GNUPGHOME", home.toString());
    CommandRunner.run(
        directory,
        env,
        List.of(
            "gpg",
            "--batch",
            "--passphrase",
            "",
            "--quick-gen-key",
            uid,
            "rsa2048",
            "sign",
            "never"));
    String fingerprint =
        CommandRunner.run(
                directory, env, List.of("gpg", "--batch", "--with-colons", "--list-keys", uid))
            .lines()
            .filter(line -> line.startsWith("fpr:"))
            .findFirst()
            .map(line -> line.split(":")[9])
            .orElseThrow();
    String armored =
        CommandRunner.run(
            directory, env, List.of("gpg", "--batch", "--armor", "--export", fingerprint));
    return new PgpTestKey(home, fingerprint, armored);
  }
}
