package io.fluxjava.apply;

import io.fluxjava.apply.inventory.InventoryEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The ordered results of an apply or prune, one entry per object. */
public final class ChangeSet {

  private final List<ChangeSetEntry> entries = new ArrayList<>();

  public ChangeSet() {}

  public ChangeSet(List<ChangeSetEntry> entries) {
    this.entries.addAll(entries);
  }

  public void add(ChangeSetEntry entry) {
    entries.add(entry);
  }

  public List<ChangeSetEntry> entries() {
    return Collections.unmodifiableList(entries);
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** True when at least one object was created, configured or deleted. */
  public boolean hasChanges() {
    return entries.stream()
        .anyMatch(e -> e.action().isWrite() || e.action() == ChangeAction.DELETED);
  }

  /** The entries with one of the given actions, in order. */
  public List<ChangeSetEntry> withAction(ChangeAction first, ChangeAction... rest) {
    Set<ChangeAction> wanted = EnumSet.of(first, rest);
    return entries.stream().filter(e -> wanted.contains(e.action())).toList();
  }

  /**
   * The inventory of everything in this change set, skipped objects included, as upstream records
   * it after an apply.
   */
  public List<InventoryEntry> toInventory() {
    return entries.stream().map(ChangeSetEntry::object).distinct().toList();
  }

  /**
   * The objects the engine applied or found unchanged, skipped ones excluded: what {@code wait:
   * true} health-checks.
   */
  public List<InventoryEntry> notSkipped() {
    return entries.stream()
        .filter(e -> e.action() != ChangeAction.SKIPPED)
        .map(ChangeSetEntry::object)
        .toList();
  }

  /** The lines of the given entries joined by newlines, the body of upstream's events. */
  public static String lines(List<ChangeSetEntry> entries) {
    return entries.stream().map(ChangeSetEntry::toString).collect(Collectors.joining("\n"));
  }

  /** Every entry as one line, joined by newlines. */
  @Override
  public String toString() {
    return lines(entries);
  }
}
