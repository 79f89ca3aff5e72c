package io.fluxjava.source.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.semver4j.Semver;

/**
 * Rewrites a downloaded {@code index.yaml} in a stable form (versions of each chart newest first,
 * keys sorted) so that the same repository content always gives the same artifact digest, as
 * upstream's sorted index does.
 */
final class IndexNormaliser {

  private static final Comparator<JsonNode> NEWEST_FIRST =
      Comparator.comparing(
              IndexNormaliser::semverOf, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(node -> node.path("created").asText(""))
          .reversed();

  private IndexNormaliser() {}

  /** The normalised index bytes; fails on a document that is not a Helm index. */
  static byte[] normalise(byte[] raw) throws IOException {
    JsonNode root = HelmYaml.MAPPER.readTree(raw);
    if (!(root instanceof ObjectNode index) || !(index.get("entries") instanceof ObjectNode)) {
      throw new IOException("no API version specified");
    }
    ObjectNode entries = (ObjectNode) index.get("entries");
    List<String> names = new ArrayList<>();
    entries.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      if (entries.get(name) instanceof ArrayNode versions) {
        List<JsonNode> sorted = new ArrayList<>();
        versions.forEach(sorted::add);
        sorted.sort(NEWEST_FIRST);
        versions.removeAll();
        versions.addAll(sorted);
      }
    }
    return HelmYaml.MAPPER.writeValueAsBytes(index);
  }

  private static Semver semverOf(JsonNode entry) {
    String version = entry.path("version").asText("");
    return Semver.parse(version.startsWith("v") ? version.substring(1) : version);
  }
}
