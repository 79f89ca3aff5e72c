package io.fluxjava.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fluxjava.api.FluxMetadata;
import io.fluxjava.runtime.events.FluxEventRecorder;
import io.fluxjava.runtime.josdk.FluxOperator;
import io.fluxjava.runtime.options.FluxOptions;
import io.fluxjava.runtime.testing.TestOperators;
import io.fluxjava.runtime.testing.TestWidget;
import io.fluxjava.runtime.testing.TestWidgetApi;
import io.fluxjava.runtime.testing.TestWidgetReconciler;
import io.fluxjava.testkit.InMemoryApiServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reconcile lifecycle against a mock API server with the real Java Operator SDK. */
class ReconcileLifecycleTest {

  private static final String NS = "default";
  private static final Duration WAIT = Duration.ofSeconds(20);

  private static InMemoryApiServer api;
  private static KubernetesClient client;
  private static FluxEventRecorder events;
  private static FluxOperator operator;
  private static final TestWidgetReconciler reconciler = new TestWidgetReconciler();
  private static final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  @BeforeAll
  static void startOperator() {
    api = TestWidgetApi.start();
    client = api.client();
    FluxOptions options = FluxOptions.from(Map.of("concurrent", "2")::get, "test-controller");
    events = new FluxEventRecorder(client, "test-controller", "", "test-pod", Clock.systemUTC());
    operator = TestOperators.withReconciler(reconciler, client, options, events, registry);
    operator.start();
  }

  @AfterAll
  static void stopOperator() {
    operator.stop();
    events.close();
    api.close();
  }

  @Test
  void newObjectGetsFinalizerReadyConditionAndObservedGeneration() {
    create("fresh", spec -> {});

    await().atMost(WAIT).until(() -> ready(get("fresh")));
    TestWidget widget = get("fresh");
    assertThat(widget.getMetadata().getFinalizers()).containsExactly("finalizers.fluxcd.io");
    assertThat(widget.getStatus().observedGeneration).isEqualTo(1L);
    Condition ready = widget.getStatus().conditions.get(0);
    assertThat(ready.getObservedGeneration()).isEqualTo(1L);
    assertThat(ready.getMessage()).isEqualTo("reconciled generation 1");
  }

  @Test
  void specChangeTriggersReconcileOfNewGeneration() {
    create("resized", spec -> spec.size = 1);
    await().atMost(WAIT).until(() -> ready(get("resized")));

    widget("resized").edit(w -> withSize(w, 2));

    await()
        .atMost(WAIT)
        .until(() -> Long.valueOf(2).equals(get("resized").getStatus().observedGeneration));

    assertThat(get("resized").getStatus().conditions.get(0).getMessage())
        .isEqualTo("reconciled generation 2");
  }

  @Test
  void ownStatusPatchDoesNotTriggerAnotherReconcile() throws InterruptedException {
    create("quiet", spec -> {});
    await().atMost(WAIT).until(() -> ready(get("quiet")));
    int settled = reconciler.reconcilesOf("quiet");

    Thread.sleep(2000);

    // one run, which also added the finalizer; neither that patch nor the status patch may cause
    // more
    assertThat(settled).isEqualTo(1);
    assertThat(reconciler.reconcilesOf("quiet")).isEqualTo(settled);
  }

  @Test
  void requestedAtAnnotationTriggersReconcileAndIsRecorded() {
    create("annotated", spec -> {});
    await().atMost(WAIT).until(() -> ready(get("annotated")));
    int before = reconciler.reconcilesOf("annotated");

    annotate("annotated", "2026-11-28T12:00:00.123456789Z");

    await()
        .atMost(WAIT)
        .until(
            () ->
                "2026-11-28T12:00:00.123456789Z"
                    .equals(get("annotated").getStatus().lastHandledReconcileAt));
    assertThat(reconciler.reconcilesOf("annotated")).isEqualTo(before + 1);
  }

  @Test
  void suspendedObjectIsNotReconciledButRecordsTheRequest() {
    create("paused", spec -> spec.suspend = true);
    await().atMost(WAIT).until(() -> get("paused").getMetadata().getFinalizers() != null);

    annotate("paused", "now");

    await()
        .atMost(WAIT)
        .until(
            () ->
                get("paused").getStatus() != null
                    && "now".equals(get("paused").getStatus().lastHandledReconcileAt));
    assertThat(reconciler.reconcilesOf("paused")).isZero();
  }

  @Test
  void intervalRequeuesTheObject() {
    create("ticking", spec -> spec.interval = "1s");

    await().atMost(WAIT).until(() -> reconciler.reconcilesOf("ticking") >= 3);
  }

  @Test
  void failureSetsReadyFalseWithReasonAndRetries() {
    create(
        "broken",
        spec -> {
          spec.failWith = "boom";
          spec.retryInterval = "1s";
        });

    await().atMost(WAIT).until(() -> reconciler.reconcilesOf("broken") >= 2);
    Condition ready = get("broken").getStatus().conditions.get(0);
    assertThat(ready.getType()).isEqualTo("Ready");
    assertThat(ready.getStatus()).isEqualTo("False");
    assertThat(ready.getReason()).isEqualTo("TestFailed");
    assertThat(ready.getMessage()).isEqualTo("boom");
    // a failed run does not claim the generation as observed
    assertThat(get("broken").getStatus().observedGeneration).isNull();
  }

  @Test
  void deletionRunsCleanupAndRemovesFinalizerAndMetrics() {
    create("doomed", spec -> {});
    await().atMost(WAIT).until(() -> ready(get("doomed")));
    assertThat(registry.scrape())
        .contains("gotk_reconcile_duration_seconds_bucket{kind=\"TestWidget\",name=\"doomed\"");

    widget("doomed").delete();

    await().atMost(WAIT).until(() -> get("doomed") == null);
    assertThat(reconciler.cleanedUp("doomed")).isTrue();
    assertThat(registry.scrape()).doesNotContain("name=\"doomed\"");
  }

  @Test
  void dependencyChangeTriggersReferencingObjects() {
    client
        .configMaps()
        .inNamespace(NS)
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("source")
                .endMetadata()
                .addToData("revision", "r1")
                .build())
        .create();
    create("dependent", spec -> spec.sourceRef = "source");
    await().atMost(WAIT).until(() -> "r1".equals(get("dependent").getStatus().lastSeenRevision));

    client
        .configMaps()
        .inNamespace(NS)
        .withName("source")
        .edit(
            cm -> {
              cm.getData().put("revision", "r2");
              return cm;
            });

    await().atMost(WAIT).until(() -> "r2".equals(get("dependent").getStatus().lastSeenRevision));
  }

  @Test
  void metricsCarryTheReconcileDurationAndReadyCondition() {
    create("measured", spec -> {});
    await().atMost(WAIT).until(() -> ready(get("measured")));

    String scrape = registry.scrape();
    assertThat(scrape)
        .contains(
            "gotk_reconcile_duration_seconds_count{kind=\"TestWidget\",name=\"measured\",namespace=\"default\"}")
        .contains(
            "gotk_reconcile_condition{kind=\"TestWidget\",name=\"measured\",namespace=\"default\",status=\"True\",type=\"Ready\"} 1")
        .contains(
            "gotk_suspend_status{kind=\"TestWidget\",name=\"measured\",namespace=\"default\"} 0")
        .contains(
            "controller_runtime_reconcile_total{controller=\"testwidget\",result=\"success\"}")
        .contains("workqueue_depth{name=\"testwidget\"}");
  }

  private static void create(String name, Consumer<TestWidget.Spec> customize) {
    TestWidget widget = new TestWidget();
    widget.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(NS).build());
    TestWidget.Spec spec = new TestWidget.Spec();
    customize.accept(spec);
    widget.setSpec(spec);
    client.resource(widget).create();
  }

  private static TestWidget withSize(TestWidget widget, int size) {
    widget.getSpec().size = size;
    return widget;
  }

  private static void annotate(String name, String value) {
    widget(name)
        .edit(
            w -> {
              Map<String, String> annotations = new HashMap<>();
              if (w.getMetadata().getAnnotations() != null) {
                annotations.putAll(w.getMetadata().getAnnotations());
              }
              annotations.put(FluxMetadata.REQUESTED_AT, value);
              w.getMetadata().setAnnotations(annotations);
              return w;
            });
  }

  private static Resource<TestWidget> widget(String name) {
    return client.resources(TestWidget.class).inNamespace(NS).withName(name);
  }

  private static TestWidget get(String name) {
    return widget(name).get();
  }

  private static boolean ready(TestWidget widget) {
    return widget != null
        && widget.getStatus() != null
        && widget.getStatus().conditions != null
        && widget.getStatus().conditions.stream()
            .anyMatch(c -> c.getType().equals("Ready") && c.getStatus().equals("True"));
  }
}
