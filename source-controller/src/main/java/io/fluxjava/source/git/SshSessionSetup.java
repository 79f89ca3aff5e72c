package io.fluxjava.source.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.sshd.KeyPasswordProvider;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * An SSH session factory for one Git operation: the Secret's {@code identity} as the only key (with
 * its optional {@code password}) and its {@code known_hosts} as the only trusted host keys, checked
 * strictly. The key material lives in a private temporary directory removed on close.
 */
final class SshSessionSetup implements AutoCloseable {

  private final Path directory;
  private final SshdSessionFactory factory;

  private SshSessionSetup(Path directory, SshdSessionFactory factory) {
    this.directory = directory;
    this.factory = factory;
  }

  static SshSessionSetup create(GitCredentials credentials) throws IOException {
    if (credentials.knownHosts() == null) {
      throw new GitException(
          GitException.Kind.AUTHENTICATION, "invalid 'ssh' auth option: 'known_hosts' is required");
    }
    if (credentials.sshIdentity() == null) {
      throw new GitException(
          GitException.Kind.AUTHENTICATION, "invalid 'ssh' auth option: 'identity' is required");
    }
    Path dir =
        Files.createTempDirectory(
            "ssh-",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    Path identity = writePrivate(dir.resolve("identity"), credentials.sshIdentity());
    Path knownHosts = writePrivate(dir.resolve("known_hosts"), credentials.knownHosts());
    Path config =
        writePrivate(
            dir.resolve("config"),
            String.join(
                    "\n",
                    "Host *",
                    "  StrictHostKeyChecking yes",
                    "  UserKnownHostsFile " + knownHosts,
                    "  IdentityFile " + identity,
                    "  IdentitiesOnly yes",
                    "  PreferredAuthentications publickey",
                    "")
                .getBytes(StandardCharsets.UTF_8));
    String passphrase = credentials.password();
    SshdSessionFactory factory =
        new SshdSessionFactoryBuilder()
            .setHomeDirectory(dir.toFile())
            .setSshDirectory(dir.toFile())
            .setConfigFile(ignored -> config.toFile())
            .setDefaultKnownHostsFiles(ignored -> List.of(knownHosts))
            .setDefaultIdentities(ignored -> List.of(identity))
            .setKeyPasswordProvider(ignored -> new FixedPassphrase(passphrase))
            .build(null);
    return new SshSessionSetup(dir, factory);
  }

  SshdSessionFactory factory() {
    return factory;
  }

  @Override
  public void close() throws IOException {
    factory.close();
    try (var files = Files.list(directory)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
    }
    Files.deleteIfExists(directory);
  }

  private static Path writePrivate(Path file, byte[] content) throws IOException {
    Files.createFile(
        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    return Files.write(file, content);
  }

  /** Answers the key's passphrase from the Secret, once. */
  private static final class FixedPassphrase implements KeyPasswordProvider {
    private final String passphrase;
    private int attempts = 1;

    FixedPassphrase(String passphrase) {
      this.passphrase = passphrase;
    }

    @Override
    public char[] getPassphrase(URIish uri, int attempt) {
      return passphrase == null ? null : passphrase.toCharArray();
    }

    @Override
    public void setAttempts(int maxNumberOfAttempts) {
      attempts = maxNumberOfAttempts;
    }

    @Override
    public int getAttempts() {
      return attempts;
    }

    @Override
    public boolean keyLoaded(URIish uri, int attempt, Exception error) {
      return false;
    }
  }
}
