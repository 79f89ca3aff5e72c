package io.fluxjava.apply.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluxjava.api.meta.ResourceInventory;
import io.fluxjava.apply.Manifests;
import io.fluxjava.apply.ObjectId;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryEntryTest {

  private static final InventoryEntry WEB =
      new InventoryEntry(new ObjectId("apps", "web", "apps", "Deployment"), "v1");
  private static final InventoryEntry CONFIG =
      new InventoryEntry(new ObjectId("apps", "config", "", "ConfigMap"), "v1");
  private static final InventoryEntry NAMESPACE =
      new InventoryEntry(new ObjectId("", "apps", "", "Namespace"), "v1");

  @Test
  void staleEntriesAreThoseThatLeftTheBuild() {
    List<InventoryEntry> previous = List.of(NAMESPACE, CONFIG, WEB);
    List<InventoryEntry> current = List.of(NAMESPACE, WEB);

    assertThat(InventoryDiff.stale(previous, current)).containsExactly(CONFIG);
  }

  @Test
  void anObjectMovedToAnotherVersionIsNotStale() {
    InventoryEntry webBeta = new InventoryEntry(WEB.id(), "v1beta1");

    assertThat(InventoryDiff.stale(List.of(webBeta), List.of(WEB))).isEmpty();
  }

  @Test
  void roundTripsThroughTheStatusInventory() {
    ResourceInventory inventory = InventoryEntry.toInventory(List.of(NAMESPACE, WEB));

    assertThat(inventory.getEntries())
        .extracting(ref -> ref.getId() + " " + ref.getV())
        .containsExactly("_apps__Namespace v1", "apps_web_apps_Deployment v1");
    assertThat(InventoryEntry.listOf(inventory)).containsExactly(NAMESPACE, WEB);
    assertThat(InventoryEntry.listOf(null)).isEmpty();
  }

  @Test
  void entryOfAnObjectKeepsItsApiVersion() {
    InventoryEntry entry = InventoryEntry.of(Manifests.configMap("apps", "config", "x"));

    assertThat(entry).isEqualTo(CONFIG);
    assertThat(WEB.apiVersion()).isEqualTo("apps/v1");
    assertThat(CONFIG.apiVersion()).isEqualTo("v1");
  }
}
