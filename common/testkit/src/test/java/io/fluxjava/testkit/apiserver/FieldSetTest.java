package io.fluxjava.testkit.apiserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldSetTest {

  @Test
  void recordsAppliedFieldsWithoutServerOwnedMetadata() {
    Map<String, Object> fields =
        FieldSet.of(
            Json.parse(
                """
                {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x","labels":{"a":"b"}},
                 "spec":{"containers":[{"name":"app","image":"i"}]}}
                """));

    assertThat(fields)
        .isEqualTo(
            Json.parse(
                """
                {"f:metadata":{"f:labels":{"f:a":{}}},
                 "f:spec":{"f:containers":{"k:{\\"name\\":\\"app\\"}":{".":{},"f:name":{},"f:image":{}}}}}
                """));
  }

  @Test
  void pruneRemovesFieldsAndItemsTheManagerStoppedApplying() {
    Map<String, Object> object =
        Json.parse(
            """
            {"data":{"a":"1","b":"2","other":"x"},
             "spec":{"containers":[{"name":"app"},{"name":"old"},{"name":"theirs"}]}}
            """);
    Map<String, Object> before =
        FieldSet.of(
            Json.parse(
                "{\"data\":{\"a\":\"1\",\"b\":\"2\"},"
                    + "\"spec\":{\"containers\":[{\"name\":\"app\"},{\"name\":\"old\"}]}}"));
    Map<String, Object> now =
        FieldSet.of(
            Json.parse("{\"data\":{\"b\":\"2\"},\"spec\":{\"containers\":[{\"name\":\"app\"}]}}"));

    FieldSet.prune(object, before, now);

    assertThat(object)
        .isEqualTo(
            Json.parse(
                """
                {"data":{"b":"2","other":"x"},
                 "spec":{"containers":[{"name":"app"},{"name":"theirs"}]}}
                """));
  }
}
