package io.fluxjava.kustomize.yaml;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * Reads YAML (one or many documents) into plain Java values: {@link LinkedHashMap}, {@link
 * ArrayList}, String, Long, BigInteger, Double, Boolean and null, with YAML 1.2 scalar rules as
 * kustomize applies them.
 */
public final class YamlLoader {

  /** Marks an untagged plain scalar, resolved later by {@link PlainScalarResolver}. */
  private static final Tag IMPLICIT = new Tag("tag:fluxjava.io,2026:implicit");

  private static final Schema SCHEMA =
      new Schema() {
        @Override
        public org.snakeyaml.engine.v2.resolver.ScalarResolver getScalarResolver() {
          return (value, implicit) -> implicit ? IMPLICIT : Tag.STR;
        }

        @Override
        public Map<Tag, ConstructNode> getSchemaTagConstructors() {
          return Map.of();
        }
      };

  private static final Set<String> YAML11_TRUE =
      Set.of("y", "Y", "yes", "Yes", "YES", "on", "On", "ON");
  private static final Set<String> YAML11_FALSE =
      Set.of("n", "N", "no", "No", "NO", "off", "Off", "OFF");

  /**
   * kustomization files are read as kustomize reads them: YAML 1.1 booleans (yes/no/on/off), and no
   * null map key, which Go cannot convert to JSON.
   */
  private final boolean kustomizationRules;

  private YamlLoader(boolean kustomizationRules) {
    this.kustomizationRules = kustomizationRules;
  }

  /** Parses every document of the text; empty documents are dropped. */
  public static List<Object> loadAll(String text) {
    return new YamlLoader(false).documents(text);
  }

  /** Parses a kustomization file: one document, with YAML 1.1 booleans. */
  public static Object loadKustomization(String text) {
    return single(new YamlLoader(true).documents(text));
  }

  private List<Object> documents(String text) {
    Compose compose = new Compose(settings());
    List<Object> docs = new ArrayList<>();
    try {
      for (Node node : compose.composeAllFromString(text)) {
        Object value = convert(node);
        if (value != null) {
          docs.add(value);
        }
      }
    } catch (YamlEngineException e) {
      throw new YamlException(e.getMessage(), e);
    }
    return docs;
  }

  /** Parses a single document; null when the text is empty. */
  public static Object load(String text) {
    return single(loadAll(text));
  }

  private static Object single(List<Object> docs) {
    if (docs.size() > 1) {
      throw new YamlException("expected one YAML document, found " + docs.size());
    }
    return docs.isEmpty() ? null : docs.get(0);
  }

  private static LoadSettings settings() {
    return LoadSettings.builder()
        .setSchema(SCHEMA)
        .setAllowDuplicateKeys(true)
        .setCodePointLimit(Integer.MAX_VALUE)
        .setMaxAliasesForCollections(10_000)
        .build();
  }

  private Object convert(Node node) {
    if (node instanceof ScalarNode scalar) {
      return scalar(scalar);
    }
    if (node instanceof SequenceNode seq) {
      List<Object> list = new ArrayList<>(seq.getValue().size());
      for (Node item : seq.getValue()) {
        list.add(convert(item));
      }
      return list;
    }
    MappingNode mapping = (MappingNode) node;
    Map<String, Object> map = new LinkedHashMap<>();
    List<Object> merges = new ArrayList<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (isMergeKey(keyNode)) {
        merges.add(convert(tuple.getValueNode()));
        continue;
      }
      String key = keyText(keyNode);
      if (map.containsKey(key)) {
        throw new YamlException("mapping key \"" + key + "\" already defined");
      }
      map.put(key, convert(tuple.getValueNode()));
    }
    merges.forEach(merged -> mergeInto(map, merged));
    return map;
  }

  private static boolean isMergeKey(Node key) {
    return key instanceof ScalarNode s && s.getTag().equals(IMPLICIT) && "<<".equals(s.getValue());
  }

  @SuppressWarnings("unchecked")
  private static void mergeInto(Map<String, Object> target, Object merged) {
    List<Object> sources = merged instanceof List<?> l ? (List<Object>) l : List.of(merged);
    for (Object source : sources) {
      if (source instanceof Map<?, ?> m) {
        ((Map<String, Object>) m).forEach(target::putIfAbsent);
      }
    }
  }

  private String keyText(Node key) {
    if (key instanceof ScalarNode scalar) {
      Object value = scalar(scalar);
      if (kustomizationRules && value == null) {
        throw new YamlException("unsupported map key of type: %!s(<nil>), key: <nil>");
      }
      return value == null ? "null" : String.valueOf(value);
    }
    throw new YamlException("mapping keys must be scalars");
  }

  private Object scalar(ScalarNode scalar) {
    String text = scalar.getValue();
    Tag tag = scalar.getTag();
    if (tag.equals(IMPLICIT)) {
      if (kustomizationRules && (YAML11_TRUE.contains(text) || YAML11_FALSE.contains(text))) {
        return YAML11_TRUE.contains(text);
      }
      return PlainScalarResolver.resolve(text);
    }
    if (tag.equals(Tag.STR)) {
      return text;
    }
    if (tag.equals(Tag.INT)) {
      Object value = PlainScalarResolver.parseGoInteger(text.replace("_", ""));
      if (value == null) {
        throw new YamlException("cannot decode !!int `" + text + "`");
      }
      return value;
    }
    if (tag.equals(Tag.FLOAT)) {
      Object value = PlainScalarResolver.resolve(text);
      if (value instanceof Long l) {
        return l.doubleValue();
      }
      if (value instanceof BigInteger b) {
        return b.doubleValue();
      }
      return value;
    }
    if (tag.equals(Tag.BINARY)) {
      return new String(Base64.getMimeDecoder().decode(text), StandardCharsets.UTF_8);
    }
    if (tag.equals(Tag.BOOL) || tag.equals(Tag.NULL)) {
      return PlainScalarResolver.resolve(text);
    }
    return text;
  }
}
