package io.fluxjava.api;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists the fields of the model classes reachable from a kind that a set of manifests never sets,
 * so the round-trip test proves it exercised every field. A shared type (say Selector) counts as
 * covered when each of its fields is set somewhere in the kind's manifests.
 */
final class ModelCoverage {

  private static final String MODEL_PACKAGE = "io.fluxjava.api";

  private final ObjectMapper mapper;
  private final Map<JavaType, List<JsonNode>> seen = new LinkedHashMap<>();

  ModelCoverage(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Records the {@code nodes} as values of {@code type}, and their fields recursively. */
  ModelCoverage visit(List<JsonNode> nodes, JavaType type) {
    if (type.isContainerType()) {
      List<JsonNode> elements = new ArrayList<>();
      nodes.forEach(container -> container.elements().forEachRemaining(elements::add));
      return visit(elements, type.getContentType());
    }
    if (!isModelBean(type) || nodes.isEmpty()) {
      return this;
    }
    seen.computeIfAbsent(type, t -> new ArrayList<>()).addAll(nodes);
    for (BeanPropertyDefinition property : properties(type)) {
      List<JsonNode> values =
          nodes.stream()
              .filter(node -> node.hasNonNull(property.getName()))
              .map(node -> node.get(property.getName()))
              .toList();
      visit(values, property.getPrimaryType());
    }
    return this;
  }

  /** {@code Class.field} of every field that no visited node sets. */
  Set<String> missing() {
    Set<String> missing = new LinkedHashSet<>();
    seen.forEach(
        (type, nodes) -> {
          for (BeanPropertyDefinition property : properties(type)) {
            if (nodes.stream().noneMatch(node -> node.hasNonNull(property.getName()))) {
              missing.add(type.getRawClass().getSimpleName() + "." + property.getName());
            }
          }
        });
    return missing;
  }

  /**
   * Model types whose fields a manifest must exercise; reachable types never visited are listed
   * too.
   */
  private static boolean isModelBean(JavaType type) {
    Class<?> raw = type.getRawClass();
    return raw.getName().startsWith(MODEL_PACKAGE) && !raw.isEnum();
  }

  private List<BeanPropertyDefinition> properties(JavaType type) {
    return mapper.getSerializationConfig().introspect(type).findProperties();
  }
}
