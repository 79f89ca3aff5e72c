package io.fluxjava.apply.inventory;

import io.fluxjava.apply.ObjectId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Works out which objects of the previous inventory left the new one and are due for pruning. */
public final class InventoryDiff {

  private InventoryDiff() {}

  /**
   * The entries of {@code previous} whose id is absent from {@code current}, in their original
   * order. The version is ignored: an object moved to a new API version is the same object.
   */
  public static List<InventoryEntry> stale(
      Collection<InventoryEntry> previous, Collection<InventoryEntry> current) {
    Set<ObjectId> kept =
        current.stream().map(InventoryEntry::id).collect(Collectors.toUnmodifiableSet());
    return previous.stream().filter(entry -> !kept.contains(entry.id())).toList();
  }
}
