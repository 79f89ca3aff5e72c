package io.fluxjava.helm.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/** Splits Helm's multi-document output into objects, keeping each one's {@code # Source:}. */
public final class ManifestParser {

  private static final String SOURCE_PREFIX = "# Source: ";

  private ManifestParser() {}

  /** The objects of a rendered manifest, in order; empty documents are dropped. */
  public static List<ManifestDocument> parse(String manifest) {
    List<ManifestDocument> documents = new ArrayList<>();
    for (String text : manifest.split("(?m)^---\\s*$")) {
      String source = sourceOf(text);
      for (Object loaded : new Load(LoadSettings.builder().build()).loadAllFromString(text)) {
        if (loaded instanceof Map<?, ?> map && !map.isEmpty()) {
          documents.add(new ManifestDocument(source, castMap(map)));
        }
      }
    }
    return documents;
  }

  /** Helm's manifest text for the objects: {@code ---}, the source comment, the YAML. */
  public static String render(List<ManifestDocument> documents) {
    Dump dump = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build());
    StringBuilder out = new StringBuilder();
    for (ManifestDocument document : documents) {
      out.append("---\n");
      if (!document.source().isEmpty()) {
        out.append(SOURCE_PREFIX).append(document.source()).append('\n');
      }
      out.append(dump.dumpToString(document.object()));
    }
    return out.toString();
  }

  private static String sourceOf(String text) {
    for (String line : text.split("\n")) {
      if (line.startsWith(SOURCE_PREFIX)) {
        return line.substring(SOURCE_PREFIX.length()).trim();
      }
    }
    return "";
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }
}
