package io.fluxjava.testkit.apiserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableConverterTest {

  @Test
  void agesLookLikeKubectls() {
    assertThat(TableConverter.humanAge(Duration.ofSeconds(45))).isEqualTo("45s");
    assertThat(TableConverter.humanAge(Duration.ofSeconds(200))).isEqualTo("3m20s");
    assertThat(TableConverter.humanAge(Duration.ofMinutes(42))).isEqualTo("42m");
    assertThat(TableConverter.humanAge(Duration.ofHours(5))).isEqualTo("5h");
    assertThat(TableConverter.humanAge(Duration.ofHours(30))).isEqualTo("30h");
    assertThat(TableConverter.humanAge(Duration.ofDays(12))).isEqualTo("12d");
  }

  @Test
  void builtInKindsGetNameAndAgeWithPartialMetadata() {
    ApiResource configMaps =
        BuiltInResources.all().stream()
            .filter(r -> r.plural().equals("configmaps"))
            .findFirst()
            .orElseThrow();
    Map<String, Object> object =
        Json.parse(
            "{\"metadata\":{\"name\":\"cm\",\"creationTimestamp\":\"2026-01-01T00:00:00Z\"},"
                + "\"data\":{\"secret\":\"never shown\"}}");

    Map<String, Object> table =
        TableConverter.toTable(
            configMaps, List.of(object), "7", null, Instant.parse("2026-01-01T00:01:00Z"));

    assertThat(Json.maps(table, "columnDefinitions"))
        .extracting(c -> c.get("name"))
        .containsExactly("Name", "Age");
    Map<String, Object> row = Json.maps(table, "rows").get(0);
    assertThat(row.get("cells")).isEqualTo(List.of("cm", "60s"));
    assertThat(Json.write(row.get("object")))
        .contains("PartialObjectMetadata")
        .doesNotContain("never shown");
  }
}
