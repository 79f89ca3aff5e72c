package io.fluxjava.kustomizecontroller.sops;

import java.util.LinkedHashMap;
import java.util.Map;

/** Shallow, order-keeping copies of parsed maps with the string keys SOPS trees require. */
final class TreeMaps {

  private TreeMaps() {}

  static Map<String, Object> copyOf(Object raw, String what) {
    if (!(raw instanceof Map<?, ?> map)) {
      throw new SopsException(what + " is not a map");
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach(
        (key, value) -> {
          if (!(key instanceof String name)) {
            throw new SopsException(what + " contains a non-string key");
          }
          copy.put(name, value);
        });
    return copy;
  }
}
