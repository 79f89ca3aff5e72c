package io.fluxjava.source.git.reconcile;

import io.fluxjava.api.Reasons;
import io.fluxjava.api.meta.Artifact;
import io.fluxjava.api.source.GitProvider;
import io.fluxjava.api.source.GitRepository;
import io.fluxjava.api.source.GitRepositoryStatus;
import io.fluxjava.api.source.GitVerificationMode;
import io.fluxjava.api.source.SourceConditionTypes;
import io.fluxjava.api.source.SourceReasons;
import io.fluxjava.artifact.FileTrees;
import io.fluxjava.runtime.DependencyWatch;
import io.fluxjava.runtime.ObjectKey;
import io.fluxjava.runtime.ReconcileContext;
import io.fluxjava.runtime.ReconcileResult;
import io.fluxjava.runtime.conditions.Conditions;
import io.fluxjava.source.git.CheckoutRequest;
import io.fluxjava.source.git.CheckoutResult;
import io.fluxjava.source.git.GitClient;
import io.fluxjava.source.git.GitException;
import io.fluxjava.source.storage.ArtifactLocation;
import io.fluxjava.source.storage.ArtifactStorage;
import io.fluxjava.source.storage.RetentionPolicy;
import io.fluxjava.source.storage.SourceIgnore;
import io.fluxjava.source.storage.StoredArtifact;
import io.fluxjava.source.support.SecretData;
import io.fluxjava.source.support.SourceProgress;
import io.fluxjava.source.support.SourceReconciler;
import io.fluxjava.source.support.StoredArtifacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reconciles GitRepository objects as upstream's source-controller does: fetch the reference
 * (skipping the fetch when the remote revision is the stored one), verify, merge includes, archive
 * to storage, and report through {@code status.artifact} and the source conditions. A failure keeps
 * the previous artifact served and in status.
 */
public final class GitRepositoryReconciler
    extends SourceReconciler<GitRepository, GitRepositoryStatus> {

  /** The event reason of a newly stored artifact. */
  static final String EVENT_NEW_ARTIFACT = "NewArtifact";

  private static final String KIND = "GitRepository";

  private final GitClient git;
  private final RetentionPolicy retention;
  private final CheckoutRequests requests;
  private final IncludedArtifacts includes;

  GitRepositoryReconciler(
      GitClient git,
      StoredArtifacts artifacts,
      RetentionPolicy retention,
      CheckoutRequests requests,
      IncludedArtifacts includes) {
    super(KIND, GitRepository.class, artifacts);
    this.git = git;
    this.retention = retention;
    this.requests = requests;
    this.includes = includes;
  }

  @Override
  protected GitRepositoryStatus newStatus() {
    return new GitRepositoryStatus();
  }

  @Override
  protected Artifact artifactOf(GitRepositoryStatus status) {
    return status.getArtifact();
  }

  @Override
  protected void publish(GitRepositoryStatus status, Artifact artifact) {
    status.setArtifact(artifact);
  }

  @Override
  protected ReconcileResult reconcileSource(
      GitRepository obj, ReconcileContext ctx, SourceProgress progress) throws IOException {
    return fetchAndStore(obj, ctx, progress);
  }

  /** Included GitRepositories: a new artifact there rebuilds this one. */
  @Override
  public List<DependencyWatch<?, GitRepository>> dependencies() {
    return List.of(
        DependencyWatch.of(GitRepository.class, GitRepository.class)
            .trackedValue(GitRepository::artifact)
            .references(GitRepositoryReconciler::includedKeys));
  }

  private static Set<ObjectKey> includedKeys(GitRepository obj) {
    if (obj.getSpec().getInclude() == null) {
      return Set.of();
    }
    return obj.getSpec().getInclude().stream()
        .map(i -> new ObjectKey(obj.getMetadata().getNamespace(), i.getRepository().getName()))
        .collect(Collectors.toSet());
  }

  private ReconcileResult fetchAndStore(
      GitRepository obj, ReconcileContext ctx, SourceProgress progress) throws IOException {
    GitProvider provider = obj.getSpec().getProvider();
    if (provider != null && provider != GitProvider.GENERIC) {
      // Cloud identities (GitHub App, Azure, AWS) are not implemented; say so rather than
      // silently fetching without credentials.
      return SourceProgress.invalidProvider(
          ctx, "provider '" + provider.name().toLowerCase(Locale.ROOT) + "' is not supported");
    }
    CheckoutRequest request;
    try {
      request = requests.from(obj);
    } catch (SecretData.SecretException | IllegalArgumentException e) {
      return SourceProgress.authenticationFailed(ctx, e.getMessage());
    }
    List<IncludedArtifacts.Resolved> resolvedIncludes;
    try {
      resolvedIncludes = includes.resolve(obj);
    } catch (IncludedArtifacts.IncludeException e) {
      return SourceProgress.fail(
          ctx, SourceConditionTypes.INCLUDE_UNAVAILABLE, e.reason(), e.getMessage());
    }
    ctx.conditions().delete(SourceConditionTypes.INCLUDE_UNAVAILABLE);
    try {
      if (ObservedSettings.unchanged(
              obj, ctx.conditions(), IncludedArtifacts.artifactsOf(resolvedIncludes))
          && git.remoteRevision(request).equals(obj.getStatus().getArtifact().getRevision())) {
        Artifact current = obj.getStatus().getArtifact();
        artifacts()
            .storage()
            .garbageCollect(ArtifactLocation.fromRelativePath(current.getPath()), retention);
        return succeeded(progress, current.getRevision());
      }
      return checkoutAndStore(obj, ctx, progress, request, resolvedIncludes);
    } catch (GitException e) {
      return GitFailures.toResult(ctx, e);
    }
  }

  private ReconcileResult checkoutAndStore(
      GitRepository obj,
      ReconcileContext ctx,
      SourceProgress progress,
      CheckoutRequest request,
      List<IncludedArtifacts.Resolved> resolvedIncludes)
      throws IOException {
    Path worktree = Files.createTempDirectory("gitrepository-");
    try {
      CheckoutResult checkout = git.checkout(request, worktree);
      markVerified(obj, ctx.conditions(), checkout);
      progress.observedRevision(checkout.revision());
      StoredArtifact stored;
      try {
        stored = archive(obj, worktree, checkout, resolvedIncludes);
      } catch (IOException e) {
        return SourceProgress.fail(
            ctx,
            SourceConditionTypes.STORAGE_OPERATION_FAILED,
            SourceReasons.ARCHIVE_OPERATION_FAILED,
            "unable to archive artifact to storage: " + e.getMessage());
      }
      recordArtifact(obj, ctx, checkout, stored, resolvedIncludes);
      return succeeded(progress, stored.revision());
    } finally {
      FileTrees.deleteRecursively(worktree);
    }
  }

  private StoredArtifact archive(
      GitRepository obj,
      Path worktree,
      CheckoutResult checkout,
      List<IncludedArtifacts.Resolved> resolvedIncludes)
      throws IOException {
    includes.copyInto(resolvedIncludes, worktree);
    ArtifactStorage storage = artifacts().storage();
    ArtifactLocation location =
        StoredArtifacts.location(KIND, obj, checkout.commitId() + ".tar.gz");
    StoredArtifact stored =
        storage.archive(
            location,
            worktree,
            SourceIgnore.load(worktree, obj.getSpec().getIgnore()),
            checkout.revision());
    storage.garbageCollect(location, retention);
    return stored;
  }

  private static void recordArtifact(
      GitRepository obj,
      ReconcileContext ctx,
      CheckoutResult checkout,
      StoredArtifact stored,
      List<IncludedArtifacts.Resolved> resolvedIncludes) {
    GitRepositoryStatus status = obj.getStatus();
    Artifact previous = status.getArtifact();
    status.setArtifact(StoredArtifacts.toStatus(stored));
    ObservedSettings.record(obj, IncludedArtifacts.artifactsOf(resolvedIncludes));
    StoredArtifacts.announce(
        ctx,
        previous,
        stored,
        EVENT_NEW_ARTIFACT,
        "stored artifact for commit '" + checkout.subject() + "'");
  }

  private static void markVerified(
      GitRepository obj, Conditions conditions, CheckoutResult checkout) {
    if (checkout.verification() == null) {
      conditions.delete(SourceConditionTypes.SOURCE_VERIFIED);
      obj.getStatus().setSourceVerificationMode(null);
      return;
    }
    conditions.markTrue(
        SourceConditionTypes.SOURCE_VERIFIED, Reasons.SUCCEEDED, checkout.verification());
    GitVerificationMode mode = obj.getSpec().getVerify().getMode();
    obj.getStatus().setSourceVerificationMode(mode == null ? GitVerificationMode.HEAD : mode);
  }

  private static ReconcileResult succeeded(SourceProgress progress, String revision) {
    return progress.succeeded(Reasons.SUCCEEDED, "stored artifact for revision '" + revision + "'");
  }
}
