package io.fluxjava.testkit.apiserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SimpleJsonPathTest {

  private final Map<String, Object> object =
      Json.parse(
          """
          {"metadata":{"name":"apps"},
           "status":{"conditions":[{"type":"Reconciling","status":"False"},
                                   {"type":"Ready","status":"True","message":"done"}]}}
          """);

  @Test
  void selectsFieldsFiltersAndIndexes() {
    assertThat(SimpleJsonPath.select(object, ".metadata.name")).containsExactly("apps");
    assertThat(SimpleJsonPath.select(object, ".status.conditions[?(@.type==\"Ready\")].message"))
        .containsExactly("done");
    assertThat(SimpleJsonPath.select(object, "{.status.conditions[0].type}"))
        .containsExactly("Reconciling");
    assertThat(SimpleJsonPath.select(object, ".status.conditions[*].status"))
        .containsExactly("False", "True");
  }

  @Test
  void missingFieldsAndUnsupportedSyntaxSelectNothing() {
    assertThat(SimpleJsonPath.select(object, ".status.missing")).isEmpty();
    assertThat(SimpleJsonPath.select(object, ".status..conditions")).isEmpty();
  }
}
