package io.fluxjava.testkit.apiserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ApplyMergeTest {

  @Test
  void mergesMapsAndNamedListsAndReplacesOtherLists() {
    Map<String, Object> target =
        Json.parse(
            """
            {"spec":{"replicas":1,"args":["a","b"],
              "containers":[{"name":"app","image":"app:1","ports":[80]},{"name":"side","image":"s:1"}]}}
            """);
    Map<String, Object> applied =
        Json.parse(
            """
            {"spec":{"args":["c"],"containers":[{"name":"app","image":"app:2"},{"name":"new","image":"n:1"}]}}
            """);

    ApplyMerge.merge(target, applied);

    assertThat(target)
        .isEqualTo(
            Json.parse(
                """
                {"spec":{"replicas":1,"args":["c"],"containers":[
                  {"name":"app","image":"app:2","ports":[80]},{"name":"side","image":"s:1"},
                  {"name":"new","image":"n:1"}]}}
                """));
  }

  @Test
  void explicitNullRemovesTheField() {
    Map<String, Object> target = Json.parse("{\"data\":{\"a\":\"1\",\"b\":\"2\"}}");

    ApplyMerge.merge(target, Json.parse("{\"data\":{\"a\":null}}"));

    assertThat(target).isEqualTo(Json.parse("{\"data\":{\"b\":\"2\"}}"));
  }
}
