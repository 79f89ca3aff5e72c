package io.fluxjava.apply;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fluxjava.apply.health.HealthCheckException;
import io.fluxjava.apply.health.HealthPoller;
import io.fluxjava.apply.health.StatusReader;
import io.fluxjava.apply.health.WaitOptions;
import io.fluxjava.apply.inventory.InventoryEntry;
import java.util.List;
import java.util.Map;

/**
 * Staged server-side apply of a set of objects, as upstream Flux does it: cluster definitions
 * (CRDs, Namespaces, ClusterRoles) first and waited for, then class definitions (waited for too),
 * then the custom stage kinds, then the rest. Within a stage every object is dry-run first (several
 * at once), so that one rejected object stops the stage before anything of it is written, and
 * objects whose dry-run equals the live object are not written. Writes are sequential, in
 * upstream's kind order.
 *
 * <p>Contract for callers: when {@link #apply} throws, the previous inventory stays the inventory
 * and nothing may be pruned; the exception's change set says what was written before the failure.
 */
public final class ApplyEngine {

  private final ClusterClient cluster;
  private final HealthPoller stagePoller;

  public ApplyEngine(ClusterClient cluster) {
    this.cluster = cluster;
    this.stagePoller = new HealthPoller(cluster, StatusReader.kstatus());
  }

  public ApplyEngine(KubernetesClient client) {
    this(new Fabric8ClusterClient(client));
  }

  /**
   * Applies the objects and returns one change-set entry per object, in apply order.
   *
   * @throws ApplyException naming the first object that was rejected (or the definitions that did
   *     not become ready), with what was applied before it
   * @throws InterruptedException when interrupted while waiting for definitions or deletions
   */
  public ChangeSet apply(List<GenericKubernetesResource> manifests, ApplyOptions options)
      throws InterruptedException {
    List<GenericKubernetesResource> desired = prepare(manifests, options);
    StagePlanner planner =
        new StagePlanner(
            new ObjectPlanner(cluster, options, ObjectPlanner.Mode.APPLY), options.concurrency());
    ChangeSet applied = new ChangeSet();
    for (Map.Entry<ApplyStage, List<GenericKubernetesResource>> stage :
        ApplyStage.split(desired, options.customStageKinds()).entrySet()) {
      List<ObjectPlanner.Plan> plans = plan(planner, stage.getValue(), applied);
      for (ObjectPlanner.Plan plan : plans) {
        plan.toApply().ifPresent(object -> write(object, options, applied));
        applied.add(plan.entry());
      }
      if (stage.getKey().waitForReady()) {
        waitForStage(plans, options, applied);
      }
    }
    return applied;
  }

  /**
   * What {@link #apply} would do, without writing anything: one entry per object, created,
   * configured (drifted), unchanged or skipped, in apply order. For drift detection.
   *
   * @throws ApplyException naming the first object whose dry-run was rejected
   * @throws InterruptedException when interrupted while waiting for the dry-runs
   */
  public ChangeSet diff(List<GenericKubernetesResource> manifests, ApplyOptions options)
      throws InterruptedException {
    return diff(manifests, options, IgnoredFields.none());
  }

  /**
   * Like {@link #diff(List, ApplyOptions)}, leaving the ignored fields of each object out of the
   * comparison (drift-detection ignore rules).
   */
  public ChangeSet diff(
      List<GenericKubernetesResource> manifests, ApplyOptions options, IgnoredFields ignored)
      throws InterruptedException {
    StagePlanner planner =
        new StagePlanner(
            new ObjectPlanner(cluster, options, ObjectPlanner.Mode.DIFF, ignored),
            options.concurrency());
    ChangeSet changes = new ChangeSet();
    for (List<GenericKubernetesResource> stage :
        ApplyStage.split(prepare(manifests, options), options.customStageKinds()).values()) {
      plan(planner, stage, changes).forEach(plan -> changes.add(plan.entry()));
    }
    return changes;
  }

  private static List<GenericKubernetesResource> prepare(
      List<GenericKubernetesResource> manifests, ApplyOptions options) {
    return manifests.stream().map(m -> DesiredObjects.prepare(m, options.ownerLabels())).toList();
  }

  private static List<ObjectPlanner.Plan> plan(
      StagePlanner planner, List<GenericKubernetesResource> stage, ChangeSet applied)
      throws InterruptedException {
    try {
      return planner.planAll(stage);
    } catch (ApplyException e) {
      throw new ApplyException(e.getMessage(), applied, e.getCause());
    }
  }

  private void write(GenericKubernetesResource object, ApplyOptions options, ChangeSet applied) {
    try {
      cluster.apply(object, options.fieldManager());
    } catch (KubernetesClientException e) {
      throw new ApplyException(
          ObjectId.of(object).subject() + " apply failed: " + ApiErrors.message(e), applied, e);
    }
  }

  private void waitForStage(List<ObjectPlanner.Plan> plans, ApplyOptions options, ChangeSet applied)
      throws InterruptedException {
    List<InventoryEntry> objects =
        new ChangeSet(plans.stream().map(ObjectPlanner.Plan::entry).toList()).notSkipped();
    try {
      stagePoller.waitForCurrent(
          objects, new WaitOptions(options.waitInterval(), options.waitTimeout(), false));
    } catch (HealthCheckException e) {
      throw new ApplyException(e.getMessage(), applied, e);
    }
  }
}
