package io.fluxjava.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonPointersTest {

  private static final Map<String, Object> OBJECT =
      Map.of(
          "spec",
          Map.of("replicas", 3, "containers", List.of(Map.of("name", "a"), Map.of("name", "b"))),
          "metadata",
          Map.of("annotations", Map.of("example.com/a~b", "x", "keep", "y")));

  @Test
  void removesMapEntriesListItemsAndEscapedKeysFromACopyOnly() {
    Object copy = JsonPointers.deepCopy(OBJECT);

    JsonPointers.remove(copy, "/spec/replicas");
    JsonPointers.remove(copy, "/spec/containers/0");
    JsonPointers.remove(copy, "/metadata/annotations/example.com~1a~0b");

    assertThat(copy)
        .isEqualTo(
            Map.of(
                "spec",
                Map.of("containers", List.of(Map.of("name", "b"))),
                "metadata",
                Map.of("annotations", Map.of("keep", "y"))));
    assertThat(((Map<?, ?>) OBJECT.get("spec")).containsKey("replicas")).isTrue();
  }

  @Test
  void pointersNamingNothingLeaveTheTreeUnchanged() {
    Object copy = JsonPointers.deepCopy(OBJECT);

    JsonPointers.remove(copy, "/spec/missing/deeper");
    JsonPointers.remove(copy, "/spec/containers/7");
    JsonPointers.remove(copy, "/spec/containers/-");
    JsonPointers.remove(copy, "spec");

    assertThat(copy).isEqualTo(OBJECT);
  }

  @Test
  void copyTakesTheSourceValueOrRemovesWhatTheSourceLacks() {
    Object target = JsonPointers.deepCopy(OBJECT);
    Map<String, Object> source =
        Map.of("spec", Map.of("replicas", 5), "status", Map.of("ready", true));

    JsonPointers.copy(source, target, "/spec/replicas");
    JsonPointers.copy(source, target, "/status/ready");
    JsonPointers.copy(source, target, "/metadata/annotations/keep");

    assertThat(target)
        .isEqualTo(
            Map.of(
                "spec",
                Map.of(
                    "replicas", 5, "containers", List.of(Map.of("name", "a"), Map.of("name", "b"))),
                "metadata",
                Map.of("annotations", Map.of("example.com/a~b", "x")),
                "status",
                Map.of("ready", true)));
  }
}
