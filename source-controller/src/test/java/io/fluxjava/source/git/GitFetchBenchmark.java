package io.fluxjava.source.git;

import io.fluxjava.source.storage.ArtifactLocation;
import io.fluxjava.source.storage.ArtifactStorage;
import io.fluxjava.source.storage.ArtifactUrls;
import io.fluxjava.source.storage.DigestAlgorithm;
import io.fluxjava.source.storage.SourceIgnore;
import io.fluxjava.source.storage.StoredArtifact;
import io.fluxjava.testkit.git.GitHttpServer;
import io.fluxjava.testkit.git.GitWorkspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fetch + archive of a generated repository (2,000 files, about 50 MB) against {@code git clone
 * --depth 1} + {@code tar czf} of the same repository over the same HTTP server, first fetch and
 * no-change refetch. Prints numbers; runs only with {@code -Dbenchmark=true}:
 *
 * <pre>
 * mvn -pl source-controller test -Dtest=GitFetchBenchmark -Dbenchmark=true
 * </pre>
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class GitFetchBenchmark {

  private static final int FILES = 2_000;
  private static final int FILE_BYTES = 25_000;
  private static final int RUNS = 3;

  @TempDir Path serverRoot;
  @TempDir Path scratch;

  @Test
  void fetchAndArchiveAgainstGitCloneAndTar() throws Exception {
    GitWorkspace repo = GitWorkspace.create(serverRoot, "big.git", scratch);
    generateFiles(repo.workTree());
    String head = repo.commit("generated");
    repo.push("main", false);
    try (GitHttpServer server = GitHttpServer.anonymous(serverRoot)) {
      String url = server.url("big.git");
      CheckoutRequest request = CheckoutRequest.anonymous(url, GitReference.ofBranch("main"));
      GitClient client = new GitClient();
      ArtifactStorage storage =
          new ArtifactStorage(
              scratch.resolve("storage"),
              ArtifactUrls.of(":9090", "", "pod"),
              DigestAlgorithm.SHA256,
              Clock.systemUTC());

      ours(client, storage, request, head, 0);
      reference(url, 0);
      List<Long> oursFirst = new ArrayList<>();
      List<Long> referenceFirst = new ArrayList<>();
      List<Long> oursNoChange = new ArrayList<>();
      List<Long> referenceNoChange = new ArrayList<>();
      List<Long> digestChecks = new ArrayList<>();
      for (int run = 1; run <= RUNS; run++) {
        oursFirst.add(ours(client, storage, request, head, run));
        referenceFirst.add(reference(url, run));
        long started = System.nanoTime();
        String revision = client.remoteRevision(request);
        oursNoChange.add(elapsedMillis(started));
        started = System.nanoTime();
        if (!storage.isIntact(lastArtifact)) {
          throw new IllegalStateException("stored artifact damaged");
        }
        digestChecks.add(elapsedMillis(started));
        if (!revision.equals("main@sha1:" + head)) {
          throw new IllegalStateException("unexpected revision " + revision);
        }
        started = System.nanoTime();
        run(scratch, "git", "ls-remote", url, "refs/heads/main");
        referenceNoChange.add(elapsedMillis(started));
      }
      print(
          "first fetch + archive",
          median(oursFirst),
          "git clone --depth 1 + tar czf",
          median(referenceFirst));
      print("no-change refetch", median(oursNoChange), "git ls-remote", median(referenceNoChange));
      System.out.printf(
          "BENCHMARK stored-artifact digest check (every reconcile, as upstream): %d ms for %d bytes%n",
          median(digestChecks), lastArtifact.size());
    }
  }

  private StoredArtifact lastArtifact;

  private long ours(
      GitClient client, ArtifactStorage storage, CheckoutRequest request, String head, int run)
      throws IOException {
    Path worktree = scratch.resolve("ours-" + run);
    long started = System.nanoTime();
    CheckoutResult result = client.checkout(request, worktree);
    long checkedOut = System.nanoTime();
    StoredArtifact artifact =
        storage.archive(
            new ArtifactLocation("gitrepository", "bench", "big", run + "-" + head + ".tar.gz"),
            worktree,
            SourceIgnore.load(worktree, null),
            result.revision());
    long millis = elapsedMillis(started);
    System.out.printf(
        "BENCHMARK run %d: fetch + tree %d ms, archive %d ms (%d bytes)%n",
        run,
        TimeUnit.NANOSECONDS.toMillis(checkedOut - started),
        elapsedMillis(checkedOut),
        artifact.size());
    if (artifact.size() == 0) {
      throw new IllegalStateException("empty artifact");
    }
    lastArtifact = artifact;
    return millis;
  }

  private long reference(String url, int run) throws IOException, InterruptedException {
    Path clone = scratch.resolve("clone-" + run);
    long started = System.nanoTime();
    run(scratch, "git", "clone", "-q", "--depth", "1", "--branch", "main", url, clone.toString());
    run(
        scratch,
        "tar",
        "czf",
        scratch.resolve("ref-" + run + ".tar.gz").toString(),
        "--exclude=.git",
        "-C",
        clone.toString(),
        ".");
    return elapsedMillis(started);
  }

  private static void generateFiles(Path work) throws IOException {
    Random random = new Random(42);
    byte[] raw = new byte[FILE_BYTES * 3 / 4];
    for (int i = 0; i < FILES; i++) {
      random.nextBytes(raw);
      Path file = work.resolve("dir" + (i % 40)).resolve("file-" + i + ".yaml");
      Files.createDirectories(file.getParent());
      Files.write(file, Base64.getMimeEncoder().encode(raw));
    }
  }

  private static void run(Path dir, String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException("failed: " + String.join(" ", command));
    }
  }

  private static long elapsedMillis(long startedNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static void print(String what, long ours, String referenceName, long reference) {
    System.out.printf(
        "BENCHMARK %s: ours %d ms, %s %d ms, ratio %.2f%n",
        what, ours, referenceName, reference, (double) ours / Math.max(1, reference));
  }
}
