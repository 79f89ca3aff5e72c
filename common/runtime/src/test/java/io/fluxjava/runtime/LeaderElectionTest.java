package io.fluxjava.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.runtime.events.FluxEventRecorder;
import io.fluxjava.runtime.josdk.FluxOperator;
import io.fluxjava.runtime.options.FluxOptions;
import io.fluxjava.runtime.testing.TestOperators;
import io.fluxjava.runtime.testing.TestWidget;
import io.fluxjava.runtime.testing.TestWidgetApi;
import io.fluxjava.runtime.testing.TestWidgetReconciler;
import io.fluxjava.testkit.InMemoryApiServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With --enable-leader-election the controller takes its Lease before reconciling and gives it up
 * when stopped.
 */
class LeaderElectionTest {

  @Test
  void leaderTakesNamedLeaseInRuntimeNamespaceReconcilesAndReleasesItOnStop() {
    try (InMemoryApiServer api = TestWidgetApi.start()) {
      KubernetesClient client = api.client();
      FluxOptions options =
          FluxOptions.from(
              Map.of("enable-leader-election", "", "RUNTIME_NAMESPACE", "flux-system")::get,
              "test-controller");
      SimpleMeterRegistry registry = new SimpleMeterRegistry();
      TestWidgetReconciler reconciler = new TestWidgetReconciler();
      try (FluxEventRecorder events =
          new FluxEventRecorder(client, "test-controller", "", "pod-a", Clock.systemUTC())) {
        FluxOperator operator =
            TestOperators.withReconciler(reconciler, client, options, events, registry);
        operator.start();
        try {
          await()
              .atMost(Duration.ofSeconds(20))
              .until(
                  () ->
                      lease(client) != null && lease(client).getSpec().getHolderIdentity() != null);
          TestWidget widget = new TestWidget();
          widget.setMetadata(
              new ObjectMetaBuilder().withName("led").withNamespace("default").build());
          widget.setSpec(new TestWidget.Spec());
          client.resource(widget).create();

          await().atMost(Duration.ofSeconds(20)).until(() -> reconciler.reconcilesOf("led") > 0);
          assertThat(lease(client).getSpec().getLeaseDurationSeconds()).isEqualTo(35);
        } finally {
          operator.stop();
        }
        assertThat(lease(client).getSpec().getHolderIdentity()).isEmpty();
        assertThat(lease(client).getSpec().getLeaseDurationSeconds()).isEqualTo(1);
      }
    }
  }

  private static Lease lease(KubernetesClient client) {
    return client
        .leases()
        .inNamespace("flux-system")
        .withName("test-controller-leader-election")
        .get();
  }
}
