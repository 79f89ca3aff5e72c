package io.fluxjava.runtime.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.runtime.testing.TestWidget;
import io.fluxjava.runtime.testing.TestWidgetApi;
import io.fluxjava.runtime.testing.TestWidgetReconciler;
import io.fluxjava.testkit.InMemoryApiServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/** A whole controller application: reconciles, serves /metrics and the probes on their ports. */
@SpringBootTest(
    classes = FluxRuntimeAutoConfigurationTest.TestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
    args = {
      "--metrics-addr=127.0.0.1:0",
      "--health-addr=127.0.0.1:0",
      "--log-encoding=console",
      "--flux.controller-name=test-controller"
    })
class FluxRuntimeAutoConfigurationTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort private int managementPort;
  @Autowired private HealthServer healthServer;
  @Autowired private KubernetesClient client;

  @Test
  void reconcilesAndServesMetricsAndProbes() throws Exception {
    TestWidget widget = new TestWidget();
    widget.setMetadata(
        new ObjectMetaBuilder().withName("spring-widget").withNamespace("default").build());
    widget.setSpec(new TestWidget.Spec());
    client.resource(widget).create();

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              TestWidget current = client.resource(widget).get();
              return current.getStatus() != null
                  && Long.valueOf(1).equals(current.getStatus().observedGeneration);
            });

    HttpResponse<String> metrics = get(managementPort, "/metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body())
        .contains(
            "gotk_reconcile_duration_seconds_bucket{kind=\"TestWidget\",name=\"spring-widget\",namespace=\"default\",le=")
        .contains("controller_runtime_reconcile_total{controller=\"testwidget\"");
    assertThat(get(healthServer.port(), "/healthz").body()).isEqualTo("ok");
    assertThat(get(healthServer.port(), "/readyz").statusCode()).isEqualTo(200);
    assertThat(get(managementPort, "/health/readiness").statusCode()).isEqualTo(200);
    assertThat(get(managementPort, "/health/liveness").statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A controller application with the test kind's reconciler and an in-memory API server. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class TestApplication {

    @Bean(destroyMethod = "close")
    InMemoryApiServer apiServer() {
      return TestWidgetApi.start();
    }

    @Bean(destroyMethod = "")
    KubernetesClient kubernetesClient(InMemoryApiServer api) {
      return api.client();
    }

    @Bean
    TestWidgetReconciler testWidgetReconciler() {
      return new TestWidgetReconciler();
    }
  }
}
