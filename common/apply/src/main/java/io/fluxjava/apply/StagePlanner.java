package io.fluxjava.apply;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Dry-runs the objects of one stage several at once ({@code --concurrent-ssa}) and returns their
 * plans in input order. The first failure, in input order, stops the stage; dry-runs still running
 * are interrupted.
 */
final class StagePlanner {

  private final ObjectPlanner planner;
  private final int concurrency;

  StagePlanner(ObjectPlanner planner, int concurrency) {
    this.planner = planner;
    this.concurrency = concurrency;
  }

  /**
   * @throws ApplyException naming the first object whose dry-run was rejected
   * @throws InterruptedException when interrupted while waiting for the dry-runs
   */
  List<ObjectPlanner.Plan> planAll(List<GenericKubernetesResource> objects)
      throws InterruptedException {
    ExecutorService dryRuns =
        Executors.newFixedThreadPool(Math.max(1, Math.min(concurrency, objects.size())));
    try {
      List<Future<ObjectPlanner.Plan>> pending = new ArrayList<>();
      for (GenericKubernetesResource object : objects) {
        pending.add(dryRuns.submit(() -> planner.plan(object)));
      }
      List<ObjectPlanner.Plan> plans = new ArrayList<>();
      for (Future<ObjectPlanner.Plan> plan : pending) {
        plans.add(result(plan));
      }
      return plans;
    } finally {
      dryRuns.shutdownNow();
    }
  }

  private static ObjectPlanner.Plan result(Future<ObjectPlanner.Plan> plan)
      throws InterruptedException {
    try {
      return plan.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failed) {
        throw failed;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
