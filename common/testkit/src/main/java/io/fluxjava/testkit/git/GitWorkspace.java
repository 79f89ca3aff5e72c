package io.fluxjava.testkit.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A bare repository under a server root plus a working clone, driven with the machine's git, to
 * build the histories Git tests need: commits, branches, tags, force pushes, signed objects.
 */
public final class GitWorkspace {

  private final Path bare;
  private final Path work;
  private final Map<String, String> env = new HashMap<>();
  private final List<String> signingConfig = new ArrayList<>();

  private GitWorkspace(Path bare, Path work) {
    this.bare = bare;
    this.work = work;
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("HOME", work.getParent().toString());
    env.put("GIT_AUTHOR_NAME", "Flux Tester");
    env.put("GIT_AUTHOR_EMAIL", "tester@example.com");
    env.put("GIT_COMMITTER_NAME", "Flux Tester");
    env.put("GIT_COMMITTER_EMAIL", "tester@example.com");
  }

  /**
   * Creates {@code <serverRoot>/<name>} as a bare repository (default branch {@code main}) and a
   * working clone of it in {@code scratch}.
   */
  public static GitWorkspace create(Path serverRoot, String name, Path scratch) {
    Path bare = serverRoot.resolve(name);
    Path work = scratch.resolve(name.replace(".git", "") + "-work");
    try {
      Files.createDirectories(bare);
      Files.createDirectories(work);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    GitWorkspace workspace = new GitWorkspace(bare, work);
    workspace.runIn(bare, "init", "--bare", "--initial-branch=main", ".");
    workspace.runIn(bare, "config", "uploadpack.allowAnySHA1InWant", "true");
    workspace.git("init", "--initial-branch=main", ".");
    workspace.git("remote", "add", "origin", bare.toString());
    return workspace;
  }

  /** The working directory of the clone. */
  public Path workTree() {
    return work;
  }

  /** The bare repository the servers serve. */
  public Path bareRepository() {
    return bare;
  }

  /** Writes a file in the working tree (creating directories). */
  public GitWorkspace write(String path, String content) {
    Path file = work.resolve(path);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Stages everything and commits; returns the new commit hex. */
  public String commit(String message) {
    git("add", "-A");
    List<String> args = new ArrayList<>(signingConfig);
    args.addAll(List.of("commit", "--allow-empty", "-m", message));
    if (!signingConfig.isEmpty()) {
      args.add("-S");
    }
    git(args.toArray(new String[0]));
    return head();
  }

  /** The commit hex of HEAD. */
  public String head() {
    return git("rev-parse", "HEAD").strip();
  }

  /** Pushes a branch; {@code force} rewrites the remote history. */
  public GitWorkspace push(String branch, boolean force) {
    if (force) {
      git("push", "--force", "origin", branch);
    } else {
      git("push", "origin", branch);
    }
    return this;
  }

  /** Creates a lightweight tag at HEAD and pushes it. */
  public GitWorkspace tag(String name) {
    git("tag", name);
    git("push", "origin", "refs/tags/" + name);
    return this;
  }

  /** Creates an annotated tag at HEAD (signed when signing is on) and pushes it. */
  public GitWorkspace annotatedTag(String name, String message) {
    List<String> args = new ArrayList<>(signingConfig);
    args.addAll(List.of("tag", signingConfig.isEmpty() ? "-a" : "-s", name, "-m", message));
    git(args.toArray(new String[0]));
    git("push", "origin", "refs/tags/" + name);
    return this;
  }

  /** Signs later commits and annotated tags with an OpenPGP key of {@code gpgHome}. */
  public GitWorkspace signWithPgp(PgpTestKey key) {
    env.put("GNUPGHOME", key.home().toString());
    signingConfig.clear();
    signingConfig.addAll(
        List.of("-c", "gpg.format=openpgp", "-c", "user.signingkey=" + key.fingerprint()));
    return this;
  }

  /** Signs later commits and annotated tags with an SSH key. */
  public GitWorkspace signWithSsh(SshTestKey key) {
    signingConfig.clear();
    signingConfig.addAll(
        List.of("-c", "gpg.format=ssh", "-c", "user.signingkey=" + key.privateKeyFile()));
    return this;
  }

  /** Stops signing. */
  public GitWorkspace stopSigning() {
    signingConfig.clear();
    return this;
  }

  /** Runs git in the working tree and returns its output. */
  public String git(String... args) {
    return runIn(work, args);
  }

  private String runIn(Path directory, String... args) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(args));
    return CommandRunner.run(directory, env, command);
  }
}
