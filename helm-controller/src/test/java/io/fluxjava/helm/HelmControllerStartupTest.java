package io.fluxjava.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fluxjava.runtime.spring.HealthServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/** The application starts against a mock API server, logs JSON and serves metrics and probes. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
    args = {"--metrics-addr=127.0.0.1:0", "--health-addr=127.0.0.1:0"})
@ExtendWith(OutputCaptureExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HelmControllerStartupTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort private int metricsPort;
  @Autowired private HealthServer healthServer;

  @Test
  void startsLogsJsonAndServesMetricsAndProbes(CapturedOutput output) throws Exception {
    HttpResponse<String> metrics = get(metricsPort, "/metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("# TYPE process_uptime_seconds gauge");
    assertThat(get(healthServer.port(), "/healthz").statusCode()).isEqualTo(200);
    assertThat(get(healthServer.port(), "/readyz").statusCode()).isEqualTo(200);
    assertThat(output.getOut())
        .contains("{\"level\":\"info\",\"ts\":\"")
        .contains("\"msg\":\"Started ");
  }

  private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** fabric8's mock API server in CRUD mode on loopback, in place of a cluster. */
  @TestConfiguration(proxyBeanMethods = false)
  static class MockApiServer {

    @Bean(destroyMethod = "destroy")
    KubernetesMockServer mockApiServer() throws IOException {
      KubernetesMockServer server =
          new KubernetesMockServer(
              new Context(),
              new MockWebServer(),
              new HashMap<>(),
              new KubernetesCrudDispatcher(),
              false);
      server.init(InetAddress.getByName("127.0.0.1"), 0);
      return server;
    }

    @Bean(destroyMethod = "close")
    KubernetesClient kubernetesClient(KubernetesMockServer server) {
      return server.createClient();
    }
  }
}
