package io.fluxjava.apply.inventory;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fluxjava.apply.ObjectId;
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

  /** Parses the {@code id} and {@code v} fields of a status inventory entry. */
  public static InventoryEntry parse(String inventoryId, String version) {
    return new InventoryEntry(ObjectId.parse(inventoryId), version);
  }

  /** The apiVersion to address the object with ({@code apps/v1}, or {@code v1} for core). */
  public String apiVersion() {
    return id.group().isEmpty() ? version : id.group() + "/" + version;
  }
}
