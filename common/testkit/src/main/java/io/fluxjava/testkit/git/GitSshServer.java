package io.fluxjava.testkit.git;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;

/**
 * A Git-over-SSH server on 127.0.0.1 for tests: Apache MINA SSHD with public-key authentication for
 * one key, running git's own {@code git upload-pack} for the repositories under a root directory.
 * Its host key is fresh for every server, so a client must be given {@link #knownHostsLine()}.
 */
public final class GitSshServer implements AutoCloseable {

  private final SshServer server;
  private final KeyPair hostKey;
  private final ExecutorService executor = Executors.newCachedThreadPool();

  private GitSshServer(Path root, PublicKey authorizedKey) throws IOException {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(256);
      hostKey = generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IOException(e);
    }
    server = SshServer.setUpDefaultServer();
    server.setHost("127.0.0.1");
    server.setPort(0);
    server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
    server.setPublickeyAuthenticator(
        (username, key, session) -> KeyUtils.compareKeys(key, authorizedKey));
    server.setCommandFactory(commandFactory(root));
    server.start();
  }

  /**
   * Starts a server that lets in the holder of the key given as an {@code authorized_keys} line
   * (such as the content of {@code id_ecdsa.pub}).
   */
  public static GitSshServer start(Path root, String authorizedKeyLine)
      throws IOException, GeneralSecurityException {
    PublicKey key =
        AuthorizedKeyEntry.parseAuthorizedKeyEntry(authorizedKeyLine.strip())
            .resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
    return new GitSshServer(root, key);
  }

  /** The {@code ssh://} URL of a repository. */
  public String url(String repository) {
    return "ssh://git@127.0.0.1:" + server.getPort() + "/" + repository;
  }

  /** A {@code known_hosts} line that trusts this server's host key. */
  public String knownHostsLine() {
    return "[127.0.0.1]:" + server.getPort() + " " + PublicKeyEntry.toString(hostKey.getPublic());
  }

  @Override
  public void close() throws IOException {
    server.stop(true);
    executor.shutdownNow();
  }

  private CommandFactory commandFactory(Path root) {
    return (channel, command) -> {
      List<String> words = CommandFactory.split(command);
      if (words.size() != 2 || !words.get(0).equals("git-upload-pack")) {
        throw new IOException("unsupported command: " + command);
      }
      String repository = words.get(1).replaceFirst("^/+", "");
      return new UploadPackCommand(root.resolve(repository).normalize(), executor);
    };
  }

  /** Runs {@code git upload-pack} with the channel's streams. */
  private static final class UploadPackCommand implements Command {
    private final Path repository;
    private final ExecutorService executor;
    private InputStream in;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exit;
    private Process process;

    UploadPackCommand(Path repository, ExecutorService executor) {
      this.repository = repository;
      this.executor = executor;
    }

    @Override
    public void setInputStream(InputStream in) {
      this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
      this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
      this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) throws IOException {
      ProcessBuilder builder = new ProcessBuilder("git", "upload-pack", repository.toString());
      String protocol = env.getEnv().get("GIT_PROTOCOL");
      if (protocol != null) {
        builder.environment().put("GIT_PROTOCOL", protocol);
      }
      builder.environment().put("GIT_CONFIG_COUNT", "1");
      builder.environment().put("GIT_CONFIG_KEY_0", "safe.directory");
      builder.environment().put("GIT_CONFIG_VALUE_0", "*");
      process = builder.start();
      executor.submit(() -> copy(in, process.getOutputStream(), true));
      executor.submit(() -> copy(process.getErrorStream(), err, false));
      executor.submit(
          () -> {
            copy(process.getInputStream(), out, false);
            exit.onExit(process.waitFor());
            return null;
          });
    }

    @Override
    public void destroy(ChannelSession channel) {
      if (process != null) {
        process.destroy();
      }
    }

    private static Void copy(InputStream from, OutputStream to, boolean closeTarget)
        throws IOException {
      byte[] buffer = new byte[8192];
      try {
        for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
          to.write(buffer, 0, n);
          to.flush();
        }
      } finally {
        if (closeTarget) {
          to.close();
        }
      }
      return null;
    }
  }
}
