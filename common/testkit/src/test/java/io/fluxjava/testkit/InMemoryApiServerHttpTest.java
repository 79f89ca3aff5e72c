package io.fluxjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The raw HTTP answers, as clients that read the headers see them (client-go in the helm CLI picks
 * its decoder from the Content-Type and decodes lists into typed {@code <Kind>List}s).
 */
class InMemoryApiServerHttpTest {

  private static final String NS = "apps";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static InMemoryApiServer server;

  @BeforeAll
  static void startServer() {
    server = InMemoryApiServer.start();
    server.installCrds(KustomizationFixture.CRDS);
    server
        .client()
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName(NS).endMetadata().build())
        .create();
    server
        .client()
        .configMaps()
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("settings")
                .withNamespace(NS)
                .endMetadata()
                .addToData("k", "v")
                .build())
        .create();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void listsAreJsonNamedAfterTheirKind() throws Exception {
    HttpResponse<String> response = get("/api/v1/namespaces/" + NS + "/configmaps");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode list = JSON.readTree(response.body());
    assertThat(list.path("kind").asText()).isEqualTo("ConfigMapList");
    assertThat(list.path("apiVersion").asText()).isEqualTo("v1");
    assertThat(list.path("items").get(0).path("metadata").path("name").asText())
        .isEqualTo("settings");
  }

  @Test
  void emptyListsOfCustomResourcesCarryTheirGroupVersion() throws Exception {
    HttpResponse<String> response =
        get("/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/" + NS + "/kustomizations");

    JsonNode list = JSON.readTree(response.body());
    assertThat(list.path("kind").asText()).isEqualTo("KustomizationList");
    assertThat(list.path("apiVersion").asText()).isEqualTo("kustomize.toolkit.fluxcd.io/v1");
    assertThat(list.path("items").size()).isZero();
  }

  @Test
  void singleObjectsAreJson() throws Exception {
    HttpResponse<String> response = get("/api/v1/namespaces/" + NS + "/configmaps/settings");

    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(JSON.readTree(response.body()).path("data").path("k").asText()).isEqualTo("v");
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    String base = server.client().getMasterUrl().toString().replaceAll("/$", "");
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
