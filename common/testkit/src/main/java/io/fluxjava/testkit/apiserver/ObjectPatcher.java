package io.fluxjava.testkit.apiserver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.zjsonpatch.JsonPatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Computes the object a PATCH request produces, for every patch type the server accepts. */
public final class ObjectPatcher {

  /** Server-side apply, YAML body. */
  public static final String APPLY_YAML = "application/apply-patch+yaml";

  /** Server-side apply, JSON body. */
  public static final String APPLY_JSON = "application/apply-patch+json";

  /** JSON merge patch (RFC 7386). */
  public static final String MERGE = "application/merge-patch+json";

  /** Strategic merge patch, approximated by the apply merge without {@code $} directives. */
  public static final String STRATEGIC = "application/strategic-merge-patch+json";

  /** JSON patch (RFC 6902). */
  public static final String JSON_PATCH = "application/json-patch+json";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ObjectPatcher() {}

  /** True for the server-side apply media types. */
  public static boolean isApply(String contentType) {
    return contentType.equals(APPLY_YAML) || contentType.equals(APPLY_JSON);
  }

  /** The patched copy of {@code existing}; the applied configuration is read from the request. */
  public static Map<String, Object> patch(Map<String, Object> existing, ApiRequest request) {
    String type = request.contentType();
    if (isApply(type)) {
      return apply(existing, Json.parseYaml(request.body()), request);
    }
    if (type.equals(JSON_PATCH)) {
      JsonNode patch = MAPPER.convertValue(parseArray(request.body()), JsonNode.class);
      JsonNode result = JsonPatch.apply(patch, MAPPER.valueToTree(existing));
      return Json.parse(result.toString());
    }
    Map<String, Object> result = Json.copy(existing);
    Map<String, Object> patch = Json.parse(request.body());
    if (type.equals(STRATEGIC)) {
      // lists of named objects (containers, env, volumes) merge by name, as most patch keys are
      ApplyMerge.merge(result, withoutDirectives(patch));
    } else {
      mergePatch(result, patch);
    }
    return result;
  }

  /**
   * Server-side apply onto {@code existing} (empty map for a create): merge, drop the fields the
   * manager applied before and no longer applies, and record the manager's field set.
   */
  public static Map<String, Object> apply(
      Map<String, Object> existing, Map<String, Object> applied, ApiRequest request) {
    String manager = request.param("fieldManager");
    ResourcePath path = ResourcePath.parse(request.path()).orElseThrow();
    Map<String, Object> result = Json.copy(existing);
    Map<String, Object> fields = FieldSet.of(applied);
    FieldSet.prune(result, ManagedFields.appliedBy(existing, manager, path.subresource()), fields);
    Map<String, Object> configuration = Json.copy(applied);
    Map<String, Object> metadata = Json.map(configuration, "metadata");
    if (metadata != null) {
      // the applier does not choose these; the stored object's values stay
      metadata.remove("resourceVersion");
      metadata.remove("managedFields");
    }
    ApplyMerge.merge(result, configuration);
    ManagedFields.record(result, manager, path.apiVersion(), path.subresource(), fields);
    return result;
  }

  /** RFC 7386 merge of {@code patch} into {@code target}, in place. */
  public static void mergePatch(Map<String, Object> target, Map<String, Object> patch) {
    patch.forEach(
        (key, value) -> {
          if (value == null) {
            target.remove(key);
          } else if (value instanceof Map<?, ?> && target.get(key) instanceof Map<?, ?>) {
            mergePatch(Json.map(target, key), Json.map(patch, key));
          } else {
            target.put(key, Json.copy(value));
          }
        });
  }

  /** The patch without strategic-merge directives ({@code $patch}, {@code $setElementOrder}). */
  @SuppressWarnings("unchecked")
  public static <T> T withoutDirectives(T value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = Json.copy((Map<String, Object>) map);
      copy.keySet().removeIf(key -> key.startsWith("$"));
      copy.replaceAll((key, item) -> withoutDirectives(item));
      return (T) copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.stream()
          .filter(item -> !(item instanceof Map<?, ?> m && m.containsKey("$patch")))
          .forEach(item -> copy.add(withoutDirectives(item)));
      return (T) copy;
    }
    return value;
  }

  private static List<?> parseArray(String json) {
    try {
      return MAPPER.readValue(json, List.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON patch: " + e.getOriginalMessage(), e);
    }
  }
}
