package io.fluxjava.apply;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fluxjava.apply.health.HealthCheckException;
import io.fluxjava.apply.health.HealthPoller;
import io.fluxjava.apply.health.StatusReader;
import io.fluxjava.apply.health.WaitOptions;
import io.fluxjava.apply.inventory.InventoryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Staged server-side apply of a set of objects, as upstream Flux does it: cluster definitions
 * (CRDs, Namespaces, ClusterRoles) first and waited for, then class definitions, then the rest.
 * Within a stage every object is dry-run first (several at once), so that one rejected object stops
 * the stage before anything of it is written, and objects whose dry-run equals the live object are
 * not written. Writes are sequential, in upstream's kind order.
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
    List<GenericKubernetesResource> desired =
        manifests.stream().map(m -> DesiredObjects.prepare(m, options.ownerLabels())).toList();
    ObjectPlanner planner = new ObjectPlanner(cluster, options);
    ChangeSet applied = new ChangeSet();
    for (Map.Entry<ApplyStage, List<GenericKubernetesResource>> stage :
        ApplyStage.split(desired).entrySet()) {
      List<ObjectPlanner.Plan> plans =
          planStage(planner, stage.getValue(), options.concurrency(), applied);
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
   * Dry-runs the stage's objects, several at once, and returns the plans in input order. The first
   * failure (in input order) stops the stage; dry-runs still running are interrupted.
   */
  private static List<ObjectPlanner.Plan> planStage(
      ObjectPlanner planner,
      List<GenericKubernetesResource> objects,
      int concurrency,
      ChangeSet applied)
      throws InterruptedException {
    ExecutorService dryRuns = Executors.newFixedThreadPool(Math.min(concurrency, objects.size()));
    try {
      List<Future<ObjectPlanner.Plan>> pending = new ArrayList<>();
      for (GenericKubernetesResource object : objects) {
        pending.add(dryRuns.submit(() -> planner.plan(object)));
      }
      List<ObjectPlanner.Plan> plans = new ArrayList<>();
      for (Future<ObjectPlanner.Plan> plan : pending) {
        plans.add(result(plan, applied));
      }
      return plans;
    } finally {
      dryRuns.shutdownNow();
    }
  }

  private static ObjectPlanner.Plan result(Future<ObjectPlanner.Plan> plan, ChangeSet applied)
      throws InterruptedException {
    try {
      return plan.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ApplyException failed) {
        throw new ApplyException(failed.getMessage(), applied, failed.getCause());
      }
      if (cause instanceof RuntimeException unexpected) {
        throw unexpected;
      }
      throw new IllegalStateException(cause);
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
