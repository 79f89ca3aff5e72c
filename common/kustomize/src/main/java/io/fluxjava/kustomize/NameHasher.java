package io.fluxjava.kustomize;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes kustomize's content hash for generated ConfigMaps and Secrets: SHA-256 of a small JSON
 * document (kind, data, binaryData or type and stringData, and an always-empty name), its first ten
 * hex digits with vowels and look-alike digits swapped for consonants.
 */
final class NameHasher {

  private NameHasher() {}

  static String hash(Resource resource) {
    Map<String, Object> object = resource.object();
    Map<String, Object> encoded = new TreeMap<>();
    String kind = Values.string(object.get("kind"));
    encoded.put("kind", kind);
    // kustomize looks the name up with a path it never finds, so the name it hashes is always ""
    encoded.put("name", "");
    encoded.put("data", mapOrEmptyString(object.get("data")));
    String optionalMap;
    if ("Secret".equals(kind)) {
      Object type = object.get("type");
      encoded.put("type", type == null ? "" : String.valueOf(type));
      optionalMap = "stringData";
    } else {
      optionalMap = "binaryData";
    }
    if (object.get(optionalMap) instanceof Map<?, ?>) {
      encoded.put(optionalMap, mapOrEmptyString(object.get(optionalMap)));
    }
    return encode(sha256Hex(GoJson.write(encoded)));
  }

  private static Object mapOrEmptyString(Object value) {
    Map<String, Object> map = Values.asMap(value);
    if (map == null) {
      return "";
    }
    Map<String, Object> sorted = new TreeMap<>();
    map.forEach((k, v) -> sorted.put(k, v == null ? "" : String.valueOf(v)));
    return sorted;
  }

  private static String sha256Hex(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (byte b : digest) {
        hex.append(String.format("%02x", b));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String hex) {
    StringBuilder out = new StringBuilder();
    for (char c : hex.substring(0, 10).toCharArray()) {
      out.append(
          switch (c) {
            case '0' -> 'g';
            case '1' -> 'h';
            case '3' -> 'k';
            case 'a' -> 'm';
            case 'e' -> 't';
            default -> c;
          });
    }
    return out.toString();
  }
}
