package io.fluxjava.kustomize.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The writer's rules, pinned with outputs recorded from {@code kubectl kustomize}, so they hold
 * even where kubectl is not installed.
 */
class GoYamlWriterTest {

  @Test
  void sortsKeysLikeGoYamlWithNumbersComparedAsNumbers() {
    Map<String, Object> map = new LinkedHashMap<>();
    for (String key : List.of("z", "aB", "a10", "a2", "a1", "a_b", "a-b")) {
      map.put(key, 1L);
    }

    assertThat(GoYamlWriter.write(map))
        .isEqualTo("a-b: 1\na_b: 1\na1: 1\na2: 1\na10: 1\naB: 1\nz: 1\n");
  }

  @Test
  void quotesStringsAYaml11ReaderWouldTakeForOtherTypes() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("a", "yes");
    map.put("b", "~");
    map.put("c", "1");
    map.put("d", "2024-01-01T00:00:00Z");
    map.put("e", "");
    map.put("f", "plain text");

    assertThat(GoYamlWriter.write(map))
        .isEqualTo(
            "a: \"yes\"\nb: \"~\"\nc: \"1\"\nd: \"2024-01-01T00:00:00Z\"\ne: \"\"\nf: plain text\n");
  }

  @Test
  void singleQuotesIndicatorsAndDoubleQuotesSpecialCharacters() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("colon", "a: b");
    map.put("lead", " x");
    map.put("star", "*x");
    map.put("tab", "a\tb");

    assertThat(GoYamlWriter.write(map))
        .isEqualTo("colon: 'a: b'\nlead: ' x'\nstar: '*x'\ntab: \"a\\tb\"\n");
  }

  @Test
  void writesMultiLineStringsAsLiteralBlocksWithChompingIndicators() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("clip", "line1\nline2\n");
    map.put("keep", "line1\n\n");
    map.put("strip", "line1\nline2");

    assertThat(GoYamlWriter.write(map))
        .isEqualTo("clip: |\n  line1\n  line2\nkeep: |+\n  line1\n\nstrip: |-\n  line1\n  line2\n");
  }

  @Test
  void keepsSequencesAtTheIndentOfTheirKeyAndWritesEmptyCollectionsInFlowStyle() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("name", "c");
    inner.put("args", List.of("a", 1L));
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("containers", List.of(inner));
    map.put("empty", Map.of());
    map.put("none", List.of());

    assertThat(GoYamlWriter.write(map))
        .isEqualTo("containers:\n- args:\n  - a\n  - 1\n  name: c\nempty: {}\nnone: []\n");
  }

  @Test
  void writesFloatsAsGoFormatsThemAfterTheJsonRoundTrip() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("a", 2.0);
    map.put("b", 1.5);
    map.put("c", 1234567.5);
    map.put("d", 0.000001);

    assertThat(GoYamlWriter.write(map)).isEqualTo("a: 2\nb: 1.5\nc: 1.2345675e+06\nd: 1e-06\n");
  }
}
