package io.fluxjava.apply.health;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** kstatus's rules for Pod, PersistentVolumeClaim, Service, Job and CustomResourceDefinition. */
final class CoreStatusRules {

  // A pending Pod gets this long to be scheduled before "Unschedulable" counts as a failure.
  private static final Duration SCHEDULE_WINDOW = Duration.ofSeconds(15);

  private CoreStatusRules() {}

  static StatusResult pod(ObjectFields f) {
    String phase = f.string("", "status", "phase");
    switch (phase) {
      case "Succeeded":
        return StatusResult.current("Pod has completed successfully");
      case "Failed":
        return StatusResult.current("Pod has completed, but not successfully");
      case "Running":
        if (f.hasCondition("Ready", "True")) {
          return StatusResult.current("Pod is Ready");
        }
        List<String> crashLooping = crashLoopingContainers(f);
        if (!crashLooping.isEmpty()) {
          return StatusResult.failed(
              "Containers in CrashLoop state: " + String.join(",", crashLooping));
        }
        return StatusResult.inProgress("Pod is running but is not Ready");
      case "Pending":
        boolean unschedulable =
            f.condition("PodScheduled")
                .map(
                    c -> "False".equals(c.get("status")) && "Unschedulable".equals(c.get("reason")))
                .orElse(false);
        if (unschedulable) {
          return createdWithin(f, SCHEDULE_WINDOW)
              ? StatusResult.inProgress("Pod has not been scheduled")
              : StatusResult.failed("Pod could not be scheduled");
        }
        return StatusResult.inProgress("Pod is in the Pending phase");
      case "":
        return StatusResult.inProgress("Pod phase not available");
      default:
        return new StatusResult(HealthStatus.UNKNOWN, "unknown phase " + phase);
    }
  }

  static StatusResult persistentVolumeClaim(ObjectFields f) {
    String phase = f.string("unknown", "status", "phase");
    return "Bound".equals(phase)
        ? StatusResult.current("PVC is Bound")
        : StatusResult.inProgress("PVC is not Bound. phase: " + phase);
  }

  static StatusResult service(ObjectFields f) {
    boolean loadBalancer = "LoadBalancer".equals(f.string("ClusterIP", "spec", "type"));
    if (loadBalancer && f.string("", "spec", "clusterIP").isEmpty()) {
      return StatusResult.inProgress("ClusterIP not set. Service type: LoadBalancer");
    }
    return StatusResult.current("Service is ready");
  }

  static StatusResult job(ObjectFields f) {
    long parallelism = f.number(1, "spec", "parallelism");
    long completions = f.number(parallelism, "spec", "completions");
    long succeeded = f.number(0, "status", "succeeded");
    long active = f.number(0, "status", "active");
    long failed = f.number(0, "status", "failed");
    for (Map<?, ?> condition : f.conditions()) {
      if (!"True".equals(condition.get("status"))) {
        continue;
      }
      Object type = condition.get("type");
      if ("Complete".equals(type)) {
        return StatusResult.current(
            "Job Completed. succeeded: %d/%d".formatted(succeeded, completions));
      }
      if ("Failed".equals(type)) {
        return StatusResult.failed("Job Failed. failed: %d/%d".formatted(failed, completions));
      }
      if ("Suspended".equals(type)) {
        return StatusResult.current("Job is suspended");
      }
    }
    if (f.string("", "status", "startTime").isEmpty()) {
      return StatusResult.inProgress("Job not started");
    }
    return StatusResult.current(
        "Job in progress. success:%d, active: %d, failed: %d".formatted(succeeded, active, failed));
  }

  static StatusResult customResourceDefinition(ObjectFields f) {
    for (Map<?, ?> condition : f.conditions()) {
      Object type = condition.get("type");
      Object status = condition.get("status");
      String reason = ObjectFields.text(condition, "reason");
      if ("NamesAccepted".equals(type) && "False".equals(status)) {
        return StatusResult.failed(ObjectFields.text(condition, "message"));
      }
      if ("Established".equals(type)) {
        if ("False".equals(status) && !"Installing".equals(reason)) {
          return StatusResult.failed(ObjectFields.text(condition, "message"));
        }
        if ("True".equals(status)) {
          return StatusResult.current("CRD is established");
        }
      }
    }
    return StatusResult.inProgress("Install in progress");
  }

  private static List<String> crashLoopingContainers(ObjectFields f) {
    return f.at("status", "containerStatuses").filter(List.class::isInstance).stream()
        .flatMap(list -> ((List<?>) list).stream())
        .filter(Map.class::isInstance)
        .map(status -> new ObjectFields(castMap(status)))
        .filter(s -> "CrashLoopBackOff".equals(s.string("", "state", "waiting", "reason")))
        .map(s -> s.string("", "name"))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object value) {
    return (Map<String, Object>) value;
  }

  private static boolean createdWithin(ObjectFields f, Duration window) {
    try {
      Instant created = Instant.parse(f.string("", "metadata", "creationTimestamp"));
      return Instant.now().minus(window).isBefore(created);
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
