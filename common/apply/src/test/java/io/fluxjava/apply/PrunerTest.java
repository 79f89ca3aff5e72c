package io.fluxjava.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.kustomize.DeletionPolicy;
import io.fluxjava.apply.inventory.InventoryDiff;
import io.fluxjava.apply.inventory.InventoryEntry;
import io.fluxjava.testkit.InMemoryApiServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrunerTest {

  private static final Map<String, String> OWNER = OwnerLabels.kustomization("apps", "flux-system");
  private static final Map<String, String> OTHER_OWNER =
      OwnerLabels.kustomization("infra", "flux-system");

  private InMemoryApiServer server;
  private KubernetesClient client;
  private Fabric8ClusterClient cluster;

  @BeforeEach
  void start() {
    server = InMemoryApiServer.start();
    client = server.client();
    cluster = new Fabric8ClusterClient(client);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private InventoryEntry create(
      String name, Map<String, String> labels, Map<String, String> annotations) {
    return InventoryEntry.of(
        client
            .configMaps()
            .resource(
                new ConfigMapBuilder()
                    .withNewMetadata()
                    .withName(name)
                    .withNamespace("default")
                    .withLabels(labels)
                    .withAnnotations(annotations)
                    .endMetadata()
                    .build())
            .create());
  }

  private boolean exists(String name) {
    return client.configMaps().inNamespace("default").withName(name).get() != null;
  }

  @Test
  void deletesOnlyOwnedObjectsThatAreNotOptedOut() {
    InventoryEntry kept = create("kept", OWNER, Map.of());
    InventoryEntry stale = create("stale", OWNER, Map.of());
    InventoryEntry protectedOne =
        create("protected", OWNER, Map.of("kustomize.toolkit.fluxcd.io/prune", "disabled"));
    InventoryEntry adopted = create("adopted", OTHER_OWNER, Map.of());
    InventoryEntry gone =
        new InventoryEntry(new ObjectId("default", "gone", "", "ConfigMap"), "v1");
    List<InventoryEntry> previous = List.of(kept, stale, protectedOne, adopted, gone);

    ChangeSet pruned =
        new Pruner(cluster).prune(InventoryDiff.stale(previous, List.of(kept)), OWNER);

    assertThat(pruned.toString().lines().sorted())
        .containsExactly(
            "ConfigMap/default/adopted skipped",
            "ConfigMap/default/gone deleted",
            "ConfigMap/default/protected skipped",
            "ConfigMap/default/stale deleted");
    assertThat(exists("stale")).isFalse();
    assertThat(exists("kept")).isTrue();
    assertThat(exists("protected")).isTrue();
    assertThat(exists("adopted")).isTrue();
  }

  @Test
  void deletesInReverseApplyOrder() {
    client
        .namespaces()
        .resource(
            new io.fabric8.kubernetes.api.model.NamespaceBuilder()
                .withNewMetadata()
                .withName("team")
                .withLabels(OWNER)
                .endMetadata()
                .build())
        .create();
    InventoryEntry namespace = InventoryEntry.of(client.namespaces().withName("team").get());
    InventoryEntry config = create("config", OWNER, Map.of());

    ChangeSet pruned = new Pruner(cluster).prune(List.of(namespace, config), OWNER);

    assertThat(pruned).hasToString("ConfigMap/default/config deleted\nNamespace/team deleted");
  }

  @Test
  void deletionPolicyDecidesWhetherTheInventoryIsDeleted() throws Exception {
    InventoryEntry config = create("config", OWNER, Map.of());
    InventoryFinalizer finalizer = new InventoryFinalizer(cluster);
    Duration timeout = Duration.ofSeconds(5);

    ChangeSet orphaned =
        finalizer.finalizeInventory(List.of(config), DeletionPolicy.ORPHAN, true, OWNER, timeout);
    ChangeSet mirrorWithoutPrune =
        finalizer.finalizeInventory(
            List.of(config), DeletionPolicy.MIRROR_PRUNE, false, OWNER, timeout);
    assertThat(orphaned.isEmpty()).isTrue();
    assertThat(mirrorWithoutPrune.isEmpty()).isTrue();
    assertThat(exists("config")).isTrue();

    ChangeSet deleted =
        finalizer.finalizeInventory(
            List.of(config), DeletionPolicy.WAIT_FOR_TERMINATION, false, OWNER, timeout);

    assertThat(deleted).hasToString("ConfigMap/default/config deleted");
    assertThat(exists("config")).isFalse();
    assertThat(InventoryFinalizer.deletesObjects(null, true)).isTrue();
    assertThat(InventoryFinalizer.deletesObjects(DeletionPolicy.DELETE, false)).isTrue();
  }
}
