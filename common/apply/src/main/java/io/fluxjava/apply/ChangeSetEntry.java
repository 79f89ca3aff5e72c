package io.fluxjava.apply;

import io.fluxjava.apply.inventory.InventoryEntry;

/** The result of the engine's action on one object: {@code Deployment/apps/web configured}. */
public record ChangeSetEntry(InventoryEntry object, ChangeAction action) {

  public ObjectId id() {
    return object.id();
  }

  /** The line upstream writes in events and logs. */
  @Override
  public String toString() {
    return object.id().subject() + " " + action.word();
  }
}
