package io.fluxjava.testkit.apiserver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON and YAML conversions of untyped Kubernetes objects (nested maps and lists). */
public final class Json {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new YAMLMapper();
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private Json() {}

  /** Parses a JSON object. */
  public static Map<String, Object> parse(String json) {
    return read(JSON, json);
  }

  /** Parses a YAML (or JSON, which is YAML) object. */
  public static Map<String, Object> parseYaml(String yaml) {
    return read(YAML, yaml);
  }

  /** Serialises any value as JSON. */
  public static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A deep, mutable copy of a JSON value. */
  @SuppressWarnings("unchecked")
  public static <T> T copy(T value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((key, item) -> copy.put(String.valueOf(key), copy(item)));
      return (T) copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(item -> copy.add(copy(item)));
      return (T) copy;
    }
    return value;
  }

  /** The map under {@code key}, or null when absent or not a map. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Map<String, Object> parent, String key) {
    return parent != null && parent.get(key) instanceof Map<?, ?> child
        ? (Map<String, Object>) child
        : null;
  }

  /** The map under {@code key}, created when absent. */
  public static Map<String, Object> mapOrCreate(Map<String, Object> parent, String key) {
    Map<String, Object> child = map(parent, key);
    if (child == null) {
      child = new LinkedHashMap<>();
      parent.put(key, child);
    }
    return child;
  }

  /** The list of maps under {@code key}; empty when absent. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> maps(Map<String, Object> parent, String key) {
    List<Map<String, Object>> result = new ArrayList<>();
    if (parent != null && parent.get(key) instanceof List<?> list) {
      list.stream()
          .filter(Map.class::isInstance)
          .forEach(item -> result.add((Map<String, Object>) item));
    }
    return result;
  }

  /** The string under {@code key}, or null. */
  public static String string(Map<String, Object> parent, String key) {
    Object value = parent == null ? null : parent.get(key);
    return value == null ? null : String.valueOf(value);
  }

  private static Map<String, Object> read(ObjectMapper mapper, String text) {
    try {
      Map<String, Object> value = mapper.readValue(text, MAP);
      return value == null ? new LinkedHashMap<>() : value;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON/YAML object: " + e.getOriginalMessage(), e);
    }
  }
}
