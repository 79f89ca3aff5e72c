package io.fluxjava.kustomize;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Applies a strategic merge patch as kustomize does: maps merge field by field (null deletes),
 * lists of built-in kinds merge by their OpenAPI merge key, other lists are replaced, and the
 * {@code $patch: delete|replace} directives are honoured. Custom resources thus merge like a JSON
 * merge patch.
 */
final class StrategicMergePatch {

  static final String PATCH_DIRECTIVE = "$patch";
  private static final String DELETE = "delete";
  private static final String REPLACE = "replace";

  private final PatchSchema catalog;

  /** A patcher reading merge keys and strategies from the given schema. */
  StrategicMergePatch(PatchSchema schema) {
    this.catalog = schema;
  }

  /** Returns the patched object, or null when the patch deletes the whole object. */
  Map<String, Object> apply(Map<String, Object> target, Map<String, Object> patch) {
    Gvk gvk =
        Gvk.fromApiVersion(
            Values.string(target.get("apiVersion")), Values.string(target.get("kind")));
    String definition = catalog.definitionOf(gvk);
    if (DELETE.equals(patch.get(PATCH_DIRECTIVE))) {
      return null;
    }
    return mergeMap(target, patch, definition);
  }

  private Map<String, Object> mergeMap(
      Map<String, Object> dest, Map<String, Object> patch, String definition) {
    Object directive = patch.get(PATCH_DIRECTIVE);
    if (REPLACE.equals(directive)) {
      Map<String, Object> replaced = Values.deepCopyMap(patch);
      replaced.remove(PATCH_DIRECTIVE);
      return stripDirectives(replaced);
    }
    Map<String, Object> result = dest == null ? new LinkedHashMap<>() : dest;
    for (Map.Entry<String, Object> entry : patch.entrySet()) {
      String key = entry.getKey();
      if (isDirective(key)) {
        continue;
      }
      Object patchValue = entry.getValue();
      if (patchValue == null) {
        result.remove(key);
        continue;
      }
      PatchSchema.Field field = catalog.field(definition, key);
      String childDefinition = field == null ? null : field.ref();
      Object existing = result.get(key);
      if (patchValue instanceof Map<?, ?> pm) {
        Map<String, Object> patchMap = Values.asMap(pm);
        if (DELETE.equals(patchMap.get(PATCH_DIRECTIVE))) {
          result.remove(key);
        } else {
          Map<String, Object> existingMap = Values.asMap(existing);
          result.put(key, mergeMap(existingMap, patchMap, childDefinition));
        }
      } else if (patchValue instanceof List<?> pl) {
        result.put(key, mergeList(Values.asList(existing), Values.asList(pl), field));
      } else {
        result.put(key, patchValue);
      }
    }
    return result;
  }

  /** Only {@code $patch} is a directive here; kustomize keeps other "$" keys as plain fields. */
  private static boolean isDirective(String key) {
    return key.equals(PATCH_DIRECTIVE);
  }

  private List<Object> mergeList(List<Object> dest, List<Object> patch, PatchSchema.Field field) {
    boolean replaceAll = patch.stream().anyMatch(StrategicMergePatch::isReplaceMarker);
    if (replaceAll) {
      List<Object> replaced = new ArrayList<>();
      patch.stream()
          .filter(v -> !isReplaceMarker(v))
          .forEach(v -> replaced.add(stripDirectives(v)));
      return replaced;
    }
    if (dest == null || field == null) {
      return withoutDeletedElements(patch);
    }
    if (field.mergesByKey()) {
      return mergeByKey(dest, patch, field.mergeKeys(), field.ref());
    }
    if (field.mergesPrimitives()) {
      List<Object> union = new ArrayList<>(patch);
      dest.stream().filter(v -> !union.contains(v)).forEach(union::add);
      return union;
    }
    return withoutDeletedElements(patch);
  }

  private static List<Object> withoutDeletedElements(List<Object> patch) {
    List<Object> result = new ArrayList<>();
    for (Object item : patch) {
      if (item instanceof Map<?, ?> m && DELETE.equals(m.get(PATCH_DIRECTIVE))) {
        continue;
      }
      result.add(stripDirectives(item));
    }
    return result;
  }

  /**
   * With one merge key, patch elements come first, in patch order (merged with the element of the
   * same key), followed by the existing elements the patch does not mention. With several keys
   * kustomize re-appends every existing element, so elements new to the list come first and the
   * existing ones (merged in place) keep their order.
   */
  private List<Object> mergeByKey(
      List<Object> dest, List<Object> patch, List<String> mergeKeys, String elementDefinition) {
    List<Object> remaining = new ArrayList<>(dest);
    List<Object> existingInPlace = new ArrayList<>(dest);
    List<Object> inPatchOrder = new ArrayList<>();
    List<Object> added = new ArrayList<>();
    for (Object item : patch) {
      Map<String, Object> patchElement = Values.asMap(item);
      if (patchElement == null) {
        remaining.remove(item);
        existingInPlace.remove(item);
        inPatchOrder.add(item);
        added.add(item);
        continue;
      }
      int index = indexOfKeys(remaining, mergeKeys, patchElement);
      Map<String, Object> existing = index >= 0 ? Values.asMap(remaining.remove(index)) : null;
      int position = indexOfSame(existingInPlace, existing);
      if (DELETE.equals(patchElement.get(PATCH_DIRECTIVE))) {
        if (position >= 0) {
          existingInPlace.remove(position);
        }
        continue;
      }
      if (existing != null) {
        Map<String, Object> merged = mergeMap(existing, patchElement, elementDefinition);
        existingInPlace.set(position, merged);
        inPatchOrder.add(merged);
      } else {
        Object fresh = stripDirectives(Values.deepCopy(patchElement));
        inPatchOrder.add(fresh);
        added.add(fresh);
      }
    }
    List<Object> result = mergeKeys.size() > 1 ? added : inPatchOrder;
    result.addAll(mergeKeys.size() > 1 ? existingInPlace : remaining);
    return result;
  }

  /** The position of this very element (not an equal one), or -1. */
  private static int indexOfSame(List<Object> list, Object element) {
    for (int i = 0; element != null && i < list.size(); i++) {
      if (list.get(i) == element) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOfKeys(
      List<Object> list, List<String> keys, Map<String, Object> patchElement) {
    for (int i = 0; i < list.size(); i++) {
      Map<String, Object> element = Values.asMap(list.get(i));
      if (element != null && sameKeys(element, patchElement, keys)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * With one key the values must be equal. With several, kustomize takes two elements for the same
   * when they agree on at least one key and differ only where one of them lacks the key.
   */
  private static boolean sameKeys(
      Map<String, Object> element, Map<String, Object> patchElement, List<String> keys) {
    if (keys.size() == 1) {
      String key = keys.get(0);
      return Objects.equals(
          String.valueOf(element.get(key)), String.valueOf(patchElement.get(key)));
    }
    boolean common = false;
    for (String key : keys) {
      String a = keyValue(element, key);
      String b = keyValue(patchElement, key);
      if (a.equals(b)) {
        common = true;
      } else if (!a.isEmpty() && !b.isEmpty()) {
        return false;
      }
    }
    return common;
  }

  private static String keyValue(Map<String, Object> element, String key) {
    Object value = element.get(key);
    return value == null ? "" : String.valueOf(value);
  }

  private static boolean isReplaceMarker(Object item) {
    return item instanceof Map<?, ?> m && m.size() == 1 && REPLACE.equals(m.get(PATCH_DIRECTIVE));
  }

  @SuppressWarnings("unchecked")
  static <T> T stripDirectives(T value) {
    if (value instanceof Map<?, ?> m) {
      Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<?, ?> e = it.next();
        if (isDirective(String.valueOf(e.getKey()))) {
          it.remove();
        } else if (e.getValue() == null) {
          it.remove();
        } else {
          stripDirectives(e.getValue());
        }
      }
    } else if (value instanceof List<?> l) {
      ((List<Object>) l).forEach(StrategicMergePatch::stripDirectives);
    }
    return value;
  }
}
