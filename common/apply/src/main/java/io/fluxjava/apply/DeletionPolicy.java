package io.fluxjava.apply;

import java.util.Arrays;

/** What happens to the inventory when its owner (Kustomization, HelmRelease) is deleted. */
public enum DeletionPolicy {
  /** Delete the objects only when the owner has {@code prune: true} (upstream's default). */
  MIRROR_PRUNE("MirrorPrune"),
  /** Always delete the objects. */
  DELETE("Delete"),
  /** Delete the objects and wait until they are gone before the owner goes. */
  WAIT_FOR_TERMINATION("WaitForTermination"),
  /** Leave the objects in the cluster. */
  ORPHAN("Orphan");

  private final String value;

  DeletionPolicy(String value) {
    this.value = value;
  }

  /** The value as written in {@code spec.deletionPolicy}. */
  public String value() {
    return value;
  }

  /** Parses {@code spec.deletionPolicy}; empty means {@link #MIRROR_PRUNE}. */
  public static DeletionPolicy parse(String value) {
    if (value == null || value.isEmpty()) {
      return MIRROR_PRUNE;
    }
    return Arrays.stream(values())
        .filter(policy -> policy.value.equals(value))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown deletion policy " + value));
  }

  /** True when the owner's objects are deleted, given the owner's {@code spec.prune}. */
  public boolean deletesObjects(boolean prune) {
    return switch (this) {
      case MIRROR_PRUNE -> prune;
      case DELETE, WAIT_FOR_TERMINATION -> true;
      case ORPHAN -> false;
    };
  }

  public boolean waitsForTermination() {
    return this == WAIT_FOR_TERMINATION;
  }
}
