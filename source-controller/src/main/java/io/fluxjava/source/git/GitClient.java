package io.fluxjava.source.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.util.FileUtils;

/**
 * Fetches GitRepository sources with JGit: resolves the reference (ls-remote only, for the no-op
 * check), fetches what it needs (depth 1 unless a commit is pinned) into a throw-away bare
 * repository, verifies signatures and writes the commit's tree (sparse, with submodules) to a
 * directory.
 */
public final class GitClient {

  private static final String HEADS = "refs/heads/";
  private static final String TAGS = "refs/tags/";

  /**
   * The revision the reference points at on the remote now, asking the remote for its refs only
   * (nothing is fetched). A pinned commit needs no network at all.
   */
  public String remoteRevision(CheckoutRequest request) throws IOException {
    GitReference ref = request.reference();
    if (ref.hasCommit()) {
      return pinnedTarget(ref).revision(commitId(ref.commit()));
    }
    try (GitTransport transport = openTransport(request)) {
      Map<String, Ref> remoteRefs = listRemote(request, transport);
      RefTarget target = resolveTarget(ref, remoteRefs);
      return target.revision(peeled(remoteRefs, target));
    }
  }

  /** Fetches the reference and writes its tree to {@code worktree}. */
  public CheckoutResult checkout(CheckoutRequest request, Path worktree) throws IOException {
    Path gitDir = Files.createTempDirectory("git-");
    try (GitTransport transport = openTransport(request);
        Repository repository = initThrowAway(gitDir)) {
      GitReference ref = request.reference();
      RefTarget target =
          ref.hasSemver()
              ? resolveTarget(ref, listRemote(request, transport))
              : resolveTarget(ref, Map.of());
      fetch(repository, request.url(), target, transport);
      try (RevWalk walk = new RevWalk(repository)) {
        RevCommit commit = commitOf(repository, walk, target);
        String verification = verify(request, repository, walk, target, commit);
        List<TreeWriter.Gitlink> gitlinks =
            new TreeWriter(repository, request.sparseCheckout()).write(commit, worktree);
        if (request.recurseSubmodules()) {
          new SubmoduleCheckout(this, transport)
              .checkout(repository, commit, gitlinks, request.url(), worktree);
        }
        return new CheckoutResult(
            target.revision(commit), commit.name(), commit.getShortMessage(), verification);
      }
    } catch (GitAPIException e) {
      throw operationFailed(request.url(), e);
    } finally {
      FileUtils.delete(gitDir.toFile(), FileUtils.RECURSIVE | FileUtils.IGNORE_ERRORS);
    }
  }

  /**
   * Fetches every branch of {@code url} into {@code repository} (for submodules and pinned
   * commits).
   */
  void fetchAllBranches(Repository repository, String url, GitTransport transport)
      throws GitAPIException {
    transport
        .apply(Git.wrap(repository).fetch())
        .setRemote(url)
        .setRefSpecs(new RefSpec("+refs/heads/*:refs/heads/*"))
        .setTagOpt(TagOpt.FETCH_TAGS)
        .call();
  }

  /** A bare repository for one fetch; automatic gc is off, the directory is deleted after use. */
  static Repository initThrowAway(Path gitDir) throws GitAPIException, IOException {
    Repository repository =
        Git.init().setBare(true).setGitDir(gitDir.toFile()).call().getRepository();
    repository.getConfig().setInt("gc", null, "auto", 0);
    repository.getConfig().setInt("gc", null, "autopacklimit", 0);
    // A detached gc would still be running when the directory is deleted.
    repository.getConfig().setBoolean("gc", null, "autoDetach", false);
    repository.getConfig().save();
    return repository;
  }

  private static GitTransport openTransport(CheckoutRequest request) throws IOException {
    return GitTransport.open(
        request.url(), request.credentials(), request.proxy(), request.timeout());
  }

  private static Map<String, Ref> listRemote(CheckoutRequest request, GitTransport transport)
      throws IOException {
    try {
      return transport
          .apply(Git.lsRemoteRepository())
          .setRemote(request.url())
          .setHeads(false)
          .setTags(false)
          .callAsMap();
    } catch (GitAPIException e) {
      throw operationFailed(request.url(), e);
    }
  }

  private static RefTarget resolveTarget(GitReference ref, Map<String, Ref> remoteRefs)
      throws GitException {
    if (ref.hasCommit()) {
      return pinnedTarget(ref);
    }
    if (ref.hasName()) {
      return new RefTarget(ref.name(), ref.name(), null);
    }
    if (ref.hasSemver()) {
      List<String> tags =
          remoteRefs.keySet().stream()
              .filter(name -> name.startsWith(TAGS))
              .map(name -> name.substring(TAGS.length()))
              .toList();
      String tag =
          SemverTags.highestMatching(ref.semver(), tags)
              .orElseThrow(
                  () ->
                      new GitException(
                          GitException.Kind.OPERATION,
                          "no match found for semver: " + ref.semver()));
      return new RefTarget(TAGS + tag, tag, null);
    }
    if (ref.hasTag()) {
      return new RefTarget(TAGS + ref.tag(), ref.tag(), null);
    }
    String branch = ref.branchOrDefault();
    return new RefTarget(HEADS + branch, branch, null);
  }

  private static RefTarget pinnedTarget(GitReference ref) {
    String branch = ref.branch() == null || ref.branch().isEmpty() ? null : ref.branch();
    return new RefTarget(branch == null ? null : HEADS + branch, branch, ref.commit());
  }

  private static ObjectId peeled(Map<String, Ref> remoteRefs, RefTarget target)
      throws GitException {
    Ref ref =
        Optional.ofNullable(remoteRefs.get(target.remoteRef()))
            .orElseThrow(() -> missingRef(target.remoteRef()));
    return ref.getPeeledObjectId() != null ? ref.getPeeledObjectId() : ref.getObjectId();
  }

  private void fetch(Repository repository, String url, RefTarget target, GitTransport transport)
      throws GitAPIException {
    if (target.remoteRef() == null) {
      fetchAllBranches(repository, url, transport);
      return;
    }
    var fetch =
        transport
            .apply(Git.wrap(repository).fetch())
            .setRemote(url)
            .setRefSpecs(new RefSpec("+" + target.remoteRef() + ":" + target.remoteRef()))
            .setTagOpt(TagOpt.NO_TAGS);
    if (target.allowsShallow()) {
      fetch.setDepth(1);
    }
    fetch.call();
  }

  private static RevCommit commitOf(Repository repository, RevWalk walk, RefTarget target)
      throws IOException {
    if (target.pinnedCommit() != null) {
      ObjectId id = commitId(target.pinnedCommit());
      if (!repository.getObjectDatabase().has(id)) {
        throw new GitException(
            GitException.Kind.OPERATION,
            "unable to resolve commit object for '"
                + target.pinnedCommit()
                + "': object not found");
      }
      return walk.parseCommit(id);
    }
    Ref ref = repository.exactRef(target.remoteRef());
    if (ref == null) {
      throw missingRef(target.remoteRef());
    }
    return walk.parseCommit(ref.getObjectId());
  }

  private static String verify(
      CheckoutRequest request,
      Repository repository,
      RevWalk walk,
      RefTarget target,
      RevCommit commit)
      throws IOException {
    if (request.verification() == null) {
      return null;
    }
    RevTag tag = null;
    if (target.remoteRef() != null && target.remoteRef().startsWith(TAGS)) {
      RevObject object = walk.parseAny(repository.exactRef(target.remoteRef()).getObjectId());
      tag = object instanceof RevTag revTag ? revTag : null;
    }
    return new CommitSignatures(request.verification()).verify(repository, commit, tag);
  }

  private static ObjectId commitId(String commit) throws GitException {
    if (!ObjectId.isId(commit)) {
      throw new GitException(
          GitException.Kind.OPERATION,
          "unable to resolve commit object for '" + commit + "': not a full SHA-1 hash");
    }
    return ObjectId.fromString(commit);
  }

  private static GitException missingRef(String ref) {
    return new GitException(
        GitException.Kind.OPERATION, "couldn't find remote ref \"" + ref + "\"");
  }

  private static GitException operationFailed(String url, Exception e) {
    String message = "unable to clone '" + url + "': " + rootMessage(e);
    return new GitException(GitException.Kind.OPERATION, redactUserInfo(message), e);
  }

  // A URL may carry credentials (https://user:token@host/...); they must not reach status or
  // events.
  private static String redactUserInfo(String message) {
    return message.replaceAll("([a-z][a-z0-9+.-]*://)[^/@\\s':]*:[^/@\\s']*@", "$1");
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = String.valueOf(e.getMessage());
    return cause == e || cause.getMessage() == null || message.contains(cause.getMessage())
        ? message
        : message + ": " + cause.getMessage();
  }
}
