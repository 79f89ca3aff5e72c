package io.fluxjava.kustomizecontroller.sops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks a document depth-first and decrypts the leaves the rules say are encrypted. The additional
 * authenticated data of a leaf is its path of map keys joined with {@code :} plus a trailing {@code
 * :} (list positions add nothing), exactly as sops writes it. Returns a new tree.
 */
final class TreeDecryptor {

  private final byte[] dataKey;
  private final EncryptionRules rules;

  TreeDecryptor(byte[] dataKey, EncryptionRules rules) {
    this.dataKey = dataKey;
    this.rules = rules;
  }

  Map<String, Object> decrypt(Map<String, Object> branch) {
    return decryptMap(branch, List.of());
  }

  private Object decryptNode(Object node, List<String> path) {
    if (node instanceof Map<?, ?> map) {
      return decryptMap(TreeMaps.copyOf(map, "document"), path);
    }
    if (node instanceof List<?> list) {
      List<Object> items = new ArrayList<>(list.size());
      for (Object item : list) {
        items.add(decryptNode(item, path));
      }
      return items;
    }
    return decryptLeaf(node, path);
  }

  private Map<String, Object> decryptMap(Map<String, Object> map, List<String> path) {
    Map<String, Object> result = new LinkedHashMap<>();
    map.forEach(
        (key, value) -> {
          List<String> childPath = new ArrayList<>(path);
          childPath.add(key);
          result.put(key, decryptNode(value, childPath));
        });
    return result;
  }

  private Object decryptLeaf(Object leaf, List<String> path) {
    if (leaf == null
        || rules.dependsOnComments() && !looksEncrypted(leaf)
        || !rules.dependsOnComments() && !rules.isEncrypted(path)) {
      return leaf;
    }
    String additionalData = String.join(":", path) + ":";
    String location = "'" + String.join(":", path) + "'";
    if (!(leaf instanceof String text)) {
      throw new SopsException(
          "Could not decrypt value: value at " + location + " is not an encrypted string");
    }
    if (text.isEmpty()) {
      // sops never encrypts empty strings.
      return text;
    }
    return EncryptedValue.parse(text, location).decrypt(dataKey, additionalData, location);
  }

  private static boolean looksEncrypted(Object leaf) {
    return leaf instanceof String text && EncryptedValue.looksEncrypted(text);
  }
}
