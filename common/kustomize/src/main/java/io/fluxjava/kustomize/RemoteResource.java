package io.fluxjava.kustomize;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A remote {@code resources} entry: an HTTP(S) URL of a YAML file, or a Git repository (optionally
 * {@code //subdirectory} and {@code ?ref=}) fetched with the {@code git} command as kustomize does.
 */
final class RemoteResource {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final List<String> GIT_HOST_PREFIXES =
      List.of("github.com/", "gitlab.com/", "bitbucket.org/", "git@", "git::");

  private RemoteResource() {}

  static boolean isRemote(String entry) {
    return entry.contains("://") || GIT_HOST_PREFIXES.stream().anyMatch(entry::startsWith);
  }

  static boolean isHttp(String entry) {
    return entry.startsWith("http://") || entry.startsWith("https://");
  }

  /** Fetches a file over HTTP(S); null when the answer is not a success (then try Git). */
  static String fetch(String url) {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    try {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return response.statusCode() / 100 == 2 ? response.body() : null;
    } catch (IOException e) {
      throw new KustomizeException("Get \"" + url + "\": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KustomizeException("Get \"" + url + "\": interrupted", e);
    }
  }

  /** A Git repository URL split into where to clone from, which ref, and which subdirectory. */
  record GitSpec(String repository, String ref, String path) {

    static GitSpec parse(String entry) {
      String spec = entry.startsWith("git::") ? entry.substring(5) : entry;
      String ref = "";
      int query = spec.indexOf('?');
      if (query >= 0) {
        for (String param : spec.substring(query + 1).split("&")) {
          if (param.startsWith("ref=") || param.startsWith("version=")) {
            ref = param.substring(param.indexOf('=') + 1);
          }
        }
        spec = spec.substring(0, query);
      }
      int schemeEnd = spec.indexOf("://");
      int pathStart = spec.indexOf("//", schemeEnd < 0 ? 0 : schemeEnd + 3);
      if (pathStart >= 0) {
        return new GitSpec(spec.substring(0, pathStart), ref, spec.substring(pathStart + 2));
      }
      if (spec.startsWith("github.com/") || spec.startsWith("gitlab.com/")) {
        String[] parts = spec.split("/", 4);
        String repo = "https://" + parts[0] + "/" + parts[1] + "/" + parts[2];
        return new GitSpec(repo, ref, parts.length > 3 ? parts[3] : "");
      }
      return new GitSpec(spec, ref, "");
    }
  }

  /** Clones the repository into a new temporary directory and returns it. */
  static Path cloneRepository(GitSpec spec) {
    Path dir;
    try {
      dir = Files.createTempDirectory("kustomize-git-");
    } catch (IOException e) {
      throw new KustomizeException("cannot create a directory for " + spec.repository(), e);
    }
    git(dir, "init", "--quiet");
    git(dir, "remote", "add", "origin", spec.repository());
    git(dir, "fetch", "--quiet", "--depth=1", "origin", spec.ref().isEmpty() ? "HEAD" : spec.ref());
    git(dir, "checkout", "--quiet", "FETCH_HEAD");
    return dir;
  }

  private static void git(Path dir, String... args) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(args));
    try {
      Process p =
          new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(TIMEOUT.toSeconds() * 4, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new KustomizeException("git " + args[0] + " timed out");
      }
      if (p.exitValue() != 0) {
        throw new KustomizeException(
            "failed to run 'git " + String.join(" ", args) + "': " + output.trim());
      }
    } catch (IOException e) {
      throw new KustomizeException("cannot run git: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KustomizeException("git interrupted", e);
    }
  }

  static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary clone is harmless; the build result does not depend on it
    }
  }
}
