package io.fluxjava.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluxjava.apply.inventory.InventoryEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeSetTest {

  private static ChangeSetEntry entry(String inventoryId, ChangeAction action) {
    return new ChangeSetEntry(new InventoryEntry(ObjectId.parse(inventoryId), "v1"), action);
  }

  @Test
  void linesReadLikeUpstreamEvents() {
    ChangeSet changes =
        new ChangeSet(
            List.of(
                entry("_apps__Namespace", ChangeAction.UNCHANGED),
                entry("default_x__ConfigMap", ChangeAction.CREATED),
                entry("apps_web_apps_Deployment", ChangeAction.CONFIGURED),
                entry("apps_old__Service", ChangeAction.DELETED),
                entry("apps_kept__Secret", ChangeAction.SKIPPED)));

    assertThat(changes.toString())
        .isEqualTo(
            """
            Namespace/apps unchanged
            ConfigMap/default/x created
            Deployment/apps/web configured
            Service/apps/old deleted
            Secret/apps/kept skipped""");
    assertThat(ChangeSet.lines(changes.withAction(ChangeAction.CREATED, ChangeAction.CONFIGURED)))
        .isEqualTo("ConfigMap/default/x created\nDeployment/apps/web configured");
    assertThat(changes.hasChanges()).isTrue();
    assertThat(changes.toInventory()).hasSize(5);
  }

  @Test
  void unchangedAndSkippedAreNoChange() {
    ChangeSet changes =
        new ChangeSet(
            List.of(
                entry("default_a__ConfigMap", ChangeAction.UNCHANGED),
                entry("default_b__ConfigMap", ChangeAction.SKIPPED)));

    assertThat(changes.hasChanges()).isFalse();
  }
}
