package io.fluxjava.kustomizecontroller.reconcile;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.kustomize.Kustomization;
import io.fluxjava.api.kustomize.KustomizationStatus;
import io.fluxjava.api.meta.Artifact;
import io.fluxjava.apply.ChangeSet;
import io.fluxjava.apply.cluster.TargetCluster;
import io.fluxjava.apply.inventory.InventoryEntry;
import io.fluxjava.artifact.ArtifactLease;
import io.fluxjava.kustomizecontroller.build.BuildResult;
import io.fluxjava.runtime.ReconcileContext;
import io.fluxjava.runtime.conditions.Conditions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one reconcile of a Kustomization has found so far, handed from step to step; it holds the
 * lease on the extracted artifact and the target-cluster client, released by {@link #close()}.
 */
public final class KustomizationRun implements AutoCloseable {

  private final Kustomization kustomization;
  private final ReconcileContext context;
  private final Instant started;
  private final List<InventoryEntry> previousInventory;
  private Artifact artifact;
  private ArtifactLease source;
  private BuildResult build;
  private TargetCluster target;
  private ChangeSet applied;

  public KustomizationRun(Kustomization kustomization, ReconcileContext context, Instant started) {
    this.kustomization = kustomization;
    this.context = context;
    this.started = started;
    if (kustomization.getStatus() == null) {
      kustomization.setStatus(kustomization.newStatus());
    }
    this.previousInventory = InventoryEntry.listOf(kustomization.getStatus().getInventory());
  }

  public Kustomization kustomization() {
    return kustomization;
  }

  public KustomizationStatus status() {
    return kustomization.getStatus();
  }

  public ReconcileContext context() {
    return context;
  }

  public Conditions conditions() {
    return context.conditions();
  }

  public Instant started() {
    return started;
  }

  /** The inventory the run started with: what a successful apply may prune. */
  public List<InventoryEntry> previousInventory() {
    return previousInventory;
  }

  /** The source artifact, once the source was resolved. */
  public Artifact artifact() {
    return artifact;
  }

  void artifact(Artifact value) {
    this.artifact = value;
  }

  /** The revision being reconciled. */
  public String revision() {
    return artifact == null ? "" : artifact.getRevision();
  }

  /** The extracted source artifact, once fetched. */
  ArtifactLease source() {
    return source;
  }

  void source(ArtifactLease lease) {
    this.source = lease;
  }

  /** The built manifests, once the build succeeded. */
  public BuildResult build() {
    return build;
  }

  void build(BuildResult result) {
    this.build = result;
  }

  /** The client of the cluster the run applies to. */
  KubernetesClient target() {
    return target.client();
  }

  void target(TargetCluster cluster) {
    this.target = cluster;
  }

  ChangeSet applied() {
    return applied;
  }

  void applied(ChangeSet changes) {
    this.applied = changes;
  }

  /** {@code spec.timeout}, else interval − 30 s; never below 30 s. */
  public Duration timeout() {
    return Timeouts.of(kustomization.getSpec());
  }

  @Override
  public void close() {
    if (target != null) {
      target.close();
    }
    if (source != null) {
      source.close();
    }
  }
}
