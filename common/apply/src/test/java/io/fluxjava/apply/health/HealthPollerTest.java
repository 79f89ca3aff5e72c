package io.fluxjava.apply.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.meta.CustomHealthCheck;
import io.fluxjava.apply.Fabric8ClusterClient;
import io.fluxjava.apply.Manifests;
import io.fluxjava.apply.ObjectId;
import io.fluxjava.apply.inventory.InventoryEntry;
import io.fluxjava.testkit.InMemoryApiServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HealthPollerTest {

  private static final WaitOptions SHORT_WAIT =
      new WaitOptions(Duration.ofMillis(50), Duration.ofMillis(600), true);

  private InMemoryApiServer server;
  private KubernetesClient client;
  private HealthPoller poller;

  @BeforeEach
  void start() {
    server = InMemoryApiServer.start();
    client = server.client();
    poller = new HealthPoller(new Fabric8ClusterClient(client), StatusReader.kstatus());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private InventoryEntry deployment(String name, int readyReplicas) {
    Deployment created =
        client
            .apps()
            .deployments()
            .resource(
                new DeploymentBuilder()
                    .withNewMetadata()
                    .withName(name)
                    .withNamespace("default")
                    .endMetadata()
                    .withNewSpec()
                    .withReplicas(1)
                    .endSpec()
                    .build())
            .create();
    long generation = created.getMetadata().getGeneration();
    client
        .apps()
        .deployments()
        .resource(created)
        .editStatus(
            d -> {
              d.setStatus(
                  new DeploymentStatusBuilder()
                      .withObservedGeneration(generation)
                      .withReplicas(1)
                      .withUpdatedReplicas(1)
                      .withAvailableReplicas(readyReplicas)
                      .withReadyReplicas(readyReplicas)
                      .addNewCondition()
                      .withType("Available")
                      .withStatus(readyReplicas > 0 ? "True" : "False")
                      .endCondition()
                      .build());
              return d;
            });
    return InventoryEntry.of(created);
  }

  private InventoryEntry configMap(String name) {
    GenericKubernetesResource widget =
        Manifests.object(
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: %s, namespace: default}\n"
                .formatted(name));
    client.resource(widget).create();
    return InventoryEntry.of(widget);
  }

  @Test
  void returnsOnceEverythingIsCurrent() throws Exception {
    InventoryEntry web = deployment("web", 1);

    poller.waitForCurrent(List.of(web), SHORT_WAIT);

    assertThat(poller.check(List.of(web)).get(web.id()))
        .isEqualTo(StatusResult.current("Deployment is available. Replicas: 1"));
  }

  @Test
  void timeoutNamesEveryUnhealthyObjectAndWhy() {
    InventoryEntry web = deployment("web", 0);
    InventoryEntry ready = deployment("ready", 1);
    InventoryEntry missing =
        new InventoryEntry(new ObjectId("default", "missing", "apps", "Deployment"), "v1");

    assertThatThrownBy(() -> poller.waitForCurrent(List.of(web, ready, missing), SHORT_WAIT))
        .isInstanceOf(HealthCheckException.class)
        .hasMessage(
            "timeout waiting for: [Deployment/default/web status: 'InProgress': Available: 0/1,"
                + " Deployment/default/missing status: 'NotFound': Resource not found]");
  }

  @Test
  void failsFastWhenACustomHealthCheckSaysFailed() {
    InventoryEntry widget = configMap("widget");
    CustomHealthCheck neverHealthy = new CustomHealthCheck();
    neverHealthy.setApiVersion("v1");
    neverHealthy.setKind("ConfigMap");
    neverHealthy.setCurrent("false");
    neverHealthy.setFailed("metadata.name == 'widget'");
    HealthPoller celPoller =
        new HealthPoller(new Fabric8ClusterClient(client), new StatusReader(List.of(neverHealthy)));
    WaitOptions longWait = new WaitOptions(Duration.ofMillis(50), Duration.ofMinutes(5), true);

    long started = System.nanoTime();
    assertThatThrownBy(() -> celPoller.waitForCurrent(List.of(widget), longWait))
        .isInstanceOf(HealthCheckException.class)
        .hasMessage(
            "failed early due to stalled resources: [ConfigMap/default/widget status: 'Failed':"
                + " 'failed' expression is true]");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMinutes(1));
  }

  @Test
  void aJobWithTtlThatIsGoneCountsAsFinished() throws Exception {
    GenericKubernetesResource job =
        Manifests.object(
            """
            apiVersion: batch/v1
            kind: Job
            metadata: {name: migrate, namespace: default}
            spec: {ttlSecondsAfterFinished: 0}
            """);
    InventoryEntry entry = InventoryEntry.of(job);

    poller.waitForCurrent(List.of(entry), JobsWithTtl.in(List.of(job)), SHORT_WAIT);

    assertThatThrownBy(() -> poller.waitForCurrent(List.of(entry), SHORT_WAIT))
        .hasMessage(
            "timeout waiting for: [Job/default/migrate status: 'NotFound': Resource not found]");
  }
}
