package io.fluxjava.apply.health;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** kstatus's table of built-in kinds that have their own readiness rules. */
final class BuiltInStatusRules {

  private static final Function<ObjectFields, StatusResult> ALWAYS_READY =
      fields -> StatusResult.current("Resource is always ready");

  private static final Map<String, Function<ObjectFields, StatusResult>> RULES =
      Map.ofEntries(
          Map.entry("apps/Deployment", WorkloadStatusRules::deployment),
          Map.entry("apps/StatefulSet", WorkloadStatusRules::statefulSet),
          Map.entry("apps/DaemonSet", WorkloadStatusRules::daemonSet),
          Map.entry("apps/ReplicaSet", WorkloadStatusRules::replicaSet),
          Map.entry("batch/Job", CoreStatusRules::job),
          Map.entry("Pod", CoreStatusRules::pod),
          Map.entry("PersistentVolumeClaim", CoreStatusRules::persistentVolumeClaim),
          Map.entry("Service", CoreStatusRules::service),
          Map.entry(
              "apiextensions.k8s.io/CustomResourceDefinition",
              CoreStatusRules::customResourceDefinition),
          Map.entry(
              "policy/PodDisruptionBudget",
              fields -> StatusResult.current("AllowedDisruptions has been computed.")),
          Map.entry("Secret", ALWAYS_READY),
          Map.entry("ConfigMap", ALWAYS_READY),
          Map.entry("batch/CronJob", ALWAYS_READY));

  private BuiltInStatusRules() {}

  static Optional<Function<ObjectFields, StatusResult>> forKind(String group, String kind) {
    return Optional.ofNullable(RULES.get(group.isEmpty() ? kind : group + "/" + kind));
  }
}
