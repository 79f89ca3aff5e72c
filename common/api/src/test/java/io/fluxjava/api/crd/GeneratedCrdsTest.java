package io.fluxjava.api.crd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated CRDs carry the names, columns and defaults upstream Flux 2.9 serves. */
class GeneratedCrdsTest {

  private static final List<String> SOURCES = List.of("all", "fluxcd", "fluxcd-sources");
  private static final List<String> APPLIERS = List.of("all", "fluxcd", "fluxcd-appliers");
  private static final List<String> NOTIFICATIONS =
      List.of("all", "fluxcd", "fluxcd-notifications");
  private static final String READY_PATH = ".status.conditions[?(@.type==\"Ready\")].status";

  static Stream<Arguments> crds() {
    return Stream.of(
        crd(
            "gitrepositories.source.toolkit.fluxcd.io",
            "v1",
            "gitrepo",
            SOURCES,
            true,
            true,
            "URL",
            "Age",
            "Ready",
            "Status"),
        crd(
            "helmrepositories.source.toolkit.fluxcd.io",
            "v1",
            "helmrepo",
            SOURCES,
            true,
            true,
            "URL",
            "Age",
            "Ready",
            "Status"),
        crd(
            "helmcharts.source.toolkit.fluxcd.io",
            "v1",
            "hc",
            SOURCES,
            true,
            true,
            "Chart",
            "Version",
            "Source Kind",
            "Source Name",
            "Age",
            "Ready",
            "Status"),
        crd(
            "buckets.source.toolkit.fluxcd.io",
            "v1",
            null,
            SOURCES,
            true,
            true,
            "Endpoint",
            "Age",
            "Ready",
            "Status"),
        crd(
            "ocirepositories.source.toolkit.fluxcd.io",
            "v1",
            "ocirepo",
            SOURCES,
            true,
            true,
            "URL",
            "Ready",
            "Status",
            "Age"),
        crd(
            "externalartifacts.source.toolkit.fluxcd.io",
            "v1",
            "ea",
            SOURCES,
            true,
            false,
            "Age",
            "Ready",
            "Status",
            "Source"),
        crd(
            "kustomizations.kustomize.toolkit.fluxcd.io",
            "v1",
            "ks",
            APPLIERS,
            true,
            true,
            "Age",
            "Ready",
            "Status"),
        crd(
            "helmreleases.helm.toolkit.fluxcd.io",
            "v2",
            "hr",
            APPLIERS,
            true,
            true,
            "Age",
            "Ready",
            "Status"),
        crd(
            "alerts.notification.toolkit.fluxcd.io",
            "v1beta3",
            null,
            NOTIFICATIONS,
            false,
            false,
            "Age"),
        crd(
            "providers.notification.toolkit.fluxcd.io",
            "v1beta3",
            null,
            NOTIFICATIONS,
            false,
            false,
            "Age"),
        crd(
            "receivers.notification.toolkit.fluxcd.io",
            "v1",
            null,
            NOTIFICATIONS,
            true,
            true,
            "Age",
            "Ready",
            "Status"));
  }

  private static Arguments crd(
      String name,
      String version,
      String shortName,
      List<String> categories,
      boolean statusSubresource,
      boolean statusDefault,
      String... columns) {
    return Arguments.of(
        name, version, shortName, categories, statusSubresource, statusDefault, List.of(columns));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("crds")
  void crdMatchesUpstream(
      String name,
      String version,
      String shortName,
      List<String> categories,
      boolean statusSubresource,
      boolean statusDefault,
      List<String> columns)
      throws IOException {
    JsonNode crd = load(name);
    JsonNode served = crd.at("/spec/versions/0");

    assertThat(crd.at("/metadata/name").asText()).isEqualTo(name);
    assertThat(crd.at("/spec/scope").asText()).isEqualTo("Namespaced");
    assertThat(crd.at("/metadata/annotations/kustomize.toolkit.fluxcd.io~1substitute").asText())
        .isEqualTo("disabled");
    assertThat(crd.at("/spec/versions")).hasSize(1);
    assertThat(served.path("name").asText()).isEqualTo(version);
    assertThat(served.path("served").asBoolean()).isTrue();
    assertThat(served.path("storage").asBoolean()).isTrue();
    assertThat(texts(crd.at("/spec/names/shortNames")))
        .isEqualTo(shortName == null ? List.of() : List.of(shortName));
    assertThat(texts(crd.at("/spec/names/categories"))).isEqualTo(categories);
    assertThat(served.at("/subresources/status").isMissingNode()).isNotEqualTo(statusSubresource);
    assertThat(columnNames(served)).isEqualTo(columns);
    if (columns.contains("Ready")) {
      assertThat(served.path("additionalPrinterColumns"))
          .anySatisfy(c -> assertThat(c.path("jsonPath").asText()).isEqualTo(READY_PATH));
    }
    JsonNode statusSchemaDefault = served.at("/schema/openAPIV3Schema/properties/status/default");
    if (statusDefault) {
      assertThat(statusSchemaDefault.path("observedGeneration").asLong()).isEqualTo(-1);
    } else {
      assertThat(statusSchemaDefault.isMissingNode()).isTrue();
    }
  }

  private static JsonNode load(String crdName) throws IOException {
    String resource = "/META-INF/fabric8/" + crdName + "-v1.yml";
    try (InputStream in = GeneratedCrdsTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return CrdFinisher.YAML.readTree(in);
    }
  }

  private static List<String> columnNames(JsonNode version) {
    List<String> names = new ArrayList<>();
    version.path("additionalPrinterColumns").forEach(c -> names.add(c.path("name").asText()));
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }
}
