package io.fluxjava.source.git;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.BlobBasedConfig;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.util.FileUtils;

/**
 * {@code spec.recurseSubmodules}: fetches each submodule named in {@code .gitmodules} with the
 * superproject's credentials and writes the pinned commit's tree at the submodule path,
 * recursively.
 */
final class SubmoduleCheckout {

  private static final String GITMODULES = ".gitmodules";

  private final GitClient client;
  private final GitTransport transport;

  SubmoduleCheckout(GitClient client, GitTransport transport) {
    this.client = client;
    this.transport = transport;
  }

  void checkout(
      Repository parent,
      RevCommit parentCommit,
      List<TreeWriter.Gitlink> gitlinks,
      String parentUrl,
      Path worktree)
      throws IOException {
    if (gitlinks.isEmpty()) {
      return;
    }
    Config modules = readGitmodules(parent, parentCommit);
    for (TreeWriter.Gitlink link : gitlinks) {
      String url = resolveUrl(parentUrl, urlOf(modules, link.path()));
      checkoutOne(url, link, worktree.resolve(link.path()));
    }
  }

  private void checkoutOne(String url, TreeWriter.Gitlink link, Path target) throws IOException {
    Path gitDir = Files.createTempDirectory("submodule-");
    try (Repository repository = GitClient.initThrowAway(gitDir);
        RevWalk walk = new RevWalk(repository)) {
      client.fetchAllBranches(repository, url, transport);
      if (!repository.getObjectDatabase().has(link.commit())) {
        throw new GitException(
            GitException.Kind.OPERATION,
            "submodule '"
                + link.path()
                + "': commit "
                + link.commit().name()
                + " not found in "
                + url);
      }
      RevCommit commit = walk.parseCommit(link.commit());
      List<TreeWriter.Gitlink> nested = new TreeWriter(repository, List.of()).write(commit, target);
      checkout(repository, commit, nested, url, target);
    } catch (GitAPIException e) {
      throw new GitException(
          GitException.Kind.OPERATION,
          "failed to fetch submodule '" + link.path() + "' from '" + url + "': " + e.getMessage(),
          e);
    } finally {
      FileUtils.delete(gitDir.toFile(), FileUtils.RECURSIVE | FileUtils.IGNORE_ERRORS);
    }
  }

  private static Config readGitmodules(Repository repository, RevCommit commit) throws IOException {
    try {
      return new BlobBasedConfig(null, repository, commit, GITMODULES);
    } catch (ConfigInvalidException | IOException e) {
      throw new GitException(
          GitException.Kind.OPERATION,
          "invalid or missing " + GITMODULES + ": " + e.getMessage(),
          e);
    }
  }

  private static String urlOf(Config modules, String path) throws GitException {
    for (String name : modules.getSubsections("submodule")) {
      if (path.equals(modules.getString("submodule", name, "path"))) {
        String url = modules.getString("submodule", name, "url");
        if (url != null) {
          return url;
        }
      }
    }
    throw new GitException(
        GitException.Kind.OPERATION, "no URL for submodule '" + path + "' in " + GITMODULES);
  }

  // Relative submodule URLs are relative to the superproject's URL, as in git.
  private static String resolveUrl(String parentUrl, String url) {
    if (!url.startsWith("./") && !url.startsWith("../")) {
      return url;
    }
    String base = parentUrl.endsWith("/") ? parentUrl : parentUrl + "/";
    return URI.create(base).resolve(url).toString();
  }
}
