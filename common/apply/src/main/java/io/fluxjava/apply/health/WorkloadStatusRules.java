package io.fluxjava.apply.health;

/** kstatus's replica-counting rules for Deployment, StatefulSet, DaemonSet and ReplicaSet. */
final class WorkloadStatusRules {

  // The Deployment controller treats an unset progress deadline as "never times out".
  private static final long NO_PROGRESS_DEADLINE = Integer.MAX_VALUE;

  private WorkloadStatusRules() {}

  static StatusResult deployment(ObjectFields f) {
    if (f.condition("Progressing")
        .map(c -> "ProgressDeadlineExceeded".equals(c.get("reason")))
        .orElse(false)) {
      return StatusResult.failed("Progress deadline exceeded");
    }
    boolean progressing =
        f.number(NO_PROGRESS_DEADLINE, "spec", "progressDeadlineSeconds") == NO_PROGRESS_DEADLINE
            || f.condition("Progressing")
                .map(
                    c ->
                        "True".equals(c.get("status"))
                            && "NewReplicaSetAvailable".equals(c.get("reason")))
                .orElse(false);
    boolean available = f.hasCondition("Available", "True");
    long spec = f.number(1, "spec", "replicas");
    long replicas = f.number(0, "status", "replicas");
    long updated = f.number(0, "status", "updatedReplicas");
    long ready = f.number(0, "status", "readyReplicas");
    long availableReplicas = f.number(0, "status", "availableReplicas");
    if (spec > replicas) {
      return StatusResult.inProgress("Replicas: %d/%d".formatted(replicas, spec));
    }
    if (spec > updated) {
      return StatusResult.inProgress("Updated: %d/%d".formatted(updated, spec));
    }
    if (replicas > spec) {
      return StatusResult.inProgress("Pending termination: %d".formatted(replicas - spec));
    }
    if (updated > availableReplicas) {
      return StatusResult.inProgress("Available: %d/%d".formatted(availableReplicas, updated));
    }
    if (spec > ready) {
      return StatusResult.inProgress("Ready: %d/%d".formatted(ready, spec));
    }
    if (!progressing) {
      return StatusResult.inProgress("ReplicaSet not Available");
    }
    if (!available) {
      return StatusResult.inProgress("Deployment not Available");
    }
    return StatusResult.current("Deployment is available. Replicas: %d".formatted(replicas));
  }

  static StatusResult statefulSet(ObjectFields f) {
    if ("OnDelete".equals(f.string("", "spec", "updateStrategy", "type"))) {
      return StatusResult.current("StatefulSet is using the ondelete update strategy");
    }
    long spec = f.number(1, "spec", "replicas");
    long ready = f.number(0, "status", "readyReplicas");
    long current = f.number(0, "status", "currentReplicas");
    long updated = f.number(0, "status", "updatedReplicas");
    long replicas = f.number(0, "status", "replicas");
    long partition = f.number(-1, "spec", "updateStrategy", "rollingUpdate", "partition");
    if (spec > replicas) {
      return StatusResult.inProgress("Replicas: %d/%d".formatted(replicas, spec));
    }
    if (spec > ready) {
      return StatusResult.inProgress("Ready: %d/%d".formatted(ready, spec));
    }
    if (replicas > spec) {
      return StatusResult.inProgress("Pending termination: %d".formatted(replicas - spec));
    }
    if (partition != -1) {
      if (updated < spec - partition) {
        return StatusResult.inProgress("updated: %d/%d".formatted(updated, spec - partition));
      }
      return StatusResult.current("Partition rollout complete. updated: %d".formatted(updated));
    }
    if (spec > current) {
      return StatusResult.inProgress("current: %d/%d".formatted(current, spec));
    }
    if (!f.string("", "status", "currentRevision")
        .equals(f.string("", "status", "updateRevision"))) {
      return StatusResult.inProgress("Waiting for updated revision to match current");
    }
    return StatusResult.current(
        "All replicas scheduled as expected. Replicas: %d".formatted(replicas));
  }

  static StatusResult daemonSet(ObjectFields f) {
    // The DaemonSet controller always writes these, so their absence means it has not acted yet.
    if (f.number("metadata", "generation").isEmpty()) {
      return StatusResult.inProgress("DaemonSet metadata.generation not found");
    }
    if (f.number("status", "observedGeneration").isEmpty()) {
      return StatusResult.inProgress("DaemonSet status.observedGeneration not found");
    }
    long desired = f.number(-1, "status", "desiredNumberScheduled");
    long current = f.number(0, "status", "currentNumberScheduled");
    long updated = f.number(0, "status", "updatedNumberScheduled");
    long available = f.number(0, "status", "numberAvailable");
    long ready = f.number(0, "status", "numberReady");
    if (desired == -1) {
      return StatusResult.inProgress("Missing .status.desiredNumberScheduled");
    }
    if (desired > current) {
      return StatusResult.inProgress("Current: %d/%d".formatted(current, desired));
    }
    if (desired > updated) {
      return StatusResult.inProgress("Updated: %d/%d".formatted(updated, desired));
    }
    if (desired > available) {
      return StatusResult.inProgress("Available: %d/%d".formatted(available, desired));
    }
    if (desired > ready) {
      return StatusResult.inProgress("Ready: %d/%d".formatted(ready, desired));
    }
    return StatusResult.current(
        "All replicas scheduled as expected. Replicas: %d".formatted(desired));
  }

  static StatusResult replicaSet(ObjectFields f) {
    if (f.hasCondition("ReplicaFailure", "True")) {
      return StatusResult.inProgress("Replica Failure condition. Check Pods");
    }
    long spec = f.number(1, "spec", "replicas");
    long replicas = f.number(0, "status", "replicas");
    long ready = f.number(0, "status", "readyReplicas");
    long available = f.number(0, "status", "availableReplicas");
    long labelled = f.number(0, "status", "fullyLabeledReplicas");
    if (spec > labelled) {
      return StatusResult.inProgress("Labelled: %d/%d".formatted(labelled, spec));
    }
    if (spec > available) {
      return StatusResult.inProgress("Available: %d/%d".formatted(available, spec));
    }
    if (spec > ready) {
      return StatusResult.inProgress("Ready: %d/%d".formatted(ready, spec));
    }
    if (replicas > spec) {
      return StatusResult.inProgress("Pending termination: %d".formatted(replicas - spec));
    }
    return StatusResult.current("ReplicaSet is available. Replicas: %d".formatted(replicas));
  }
}
