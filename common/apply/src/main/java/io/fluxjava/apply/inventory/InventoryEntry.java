package io.fluxjava.apply.inventory;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fluxjava.api.meta.ResourceInventory;
import io.fluxjava.api.meta.ResourceRef;
import io.fluxjava.apply.ObjectId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One object of an inventory: its id and the API version it was applied with, the pair upstream
 * stores as {@code {id, v}} in {@code status.inventory.entries}.
 */
public record InventoryEntry(ObjectId id, String version) {

  public InventoryEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
  }

  /** The entry of the given object. */
  public static InventoryEntry of(HasMetadata object) {
    return new InventoryEntry(ObjectId.of(object), ObjectId.versionOf(object.getApiVersion()));
  }

  /**
   * Reads a status inventory entry.
   *
   * @throws IllegalArgumentException when the id is malformed
   */
  public static InventoryEntry of(ResourceRef ref) {
    return new InventoryEntry(ObjectId.parse(ref.getId()), ref.getV());
  }

  /** The entries of a status inventory; an absent inventory is empty. */
  public static List<InventoryEntry> listOf(ResourceInventory inventory) {
    if (inventory == null || inventory.getEntries() == null) {
      return List.of();
    }
    return inventory.getEntries().stream().map(InventoryEntry::of).toList();
  }

  /** The status inventory holding the given entries, in order. */
  public static ResourceInventory toInventory(Collection<InventoryEntry> entries) {
    ResourceInventory inventory = new ResourceInventory();
    inventory.setEntries(new ArrayList<>(entries.stream().map(InventoryEntry::toRef).toList()));
    return inventory;
  }

  /** The status inventory entry {@code {id, v}}. */
  public ResourceRef toRef() {
    ResourceRef ref = new ResourceRef();
    ref.setId(id.inventoryId());
    ref.setV(version);
    return ref;
  }

  /** The apiVersion to address the object with ({@code apps/v1}, or {@code v1} for core). */
  public String apiVersion() {
    return id.group().isEmpty() ? version : id.group() + "/" + version;
  }
}
