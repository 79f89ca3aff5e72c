package io.fluxjava.kustomizecontroller.health;

import io.fluxjava.api.kustomize.Kustomization;
import io.fluxjava.api.meta.NamespacedObjectKindReference;
import io.fluxjava.apply.ChangeAction;
import io.fluxjava.apply.ChangeSet;
import io.fluxjava.apply.ChangeSetEntry;
import io.fluxjava.apply.ObjectId;
import io.fluxjava.apply.inventory.InventoryEntry;
import java.util.List;

/**
 * The objects whose health a Kustomization waits for: with {@code wait: true} everything it applied
 * (skipped objects and the Kustomization itself excepted), else its {@code healthChecks}.
 */
public final class HealthCheckTargets {

  private static final String DEFAULT_API_VERSION = "apps/v1";

  private HealthCheckTargets() {}

  /** Whether the Kustomization asks for health checks at all. */
  public static boolean enabled(Kustomization kustomization) {
    return Boolean.TRUE.equals(kustomization.getSpec().getWait())
        || (kustomization.getSpec().getHealthChecks() != null
            && !kustomization.getSpec().getHealthChecks().isEmpty());
  }

  /** The objects to check after {@code applied}. */
  public static List<InventoryEntry> of(Kustomization kustomization, ChangeSet applied) {
    if (Boolean.TRUE.equals(kustomization.getSpec().getWait())) {
      ObjectId self = ObjectId.of(kustomization);
      return applied.entries().stream()
          .filter(e -> e.action() != ChangeAction.SKIPPED)
          .map(ChangeSetEntry::object)
          .filter(o -> !o.id().equals(self))
          .toList();
    }
    return kustomization.getSpec().getHealthChecks().stream()
        .map(HealthCheckTargets::entry)
        .toList();
  }

  private static InventoryEntry entry(NamespacedObjectKindReference ref) {
    String apiVersion =
        ref.getApiVersion() == null || ref.getApiVersion().isEmpty()
            ? DEFAULT_API_VERSION
            : ref.getApiVersion();
    return new InventoryEntry(
        new ObjectId(
            ref.getNamespace(), ref.getName(), ObjectId.groupOf(apiVersion), ref.getKind()),
        ObjectId.versionOf(apiVersion));
  }
}
