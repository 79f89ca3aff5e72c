package io.fluxjava.kustomize;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the ConfigMaps and Secrets of {@code configMapGenerator} / {@code secretGenerator} entries
 * from literals, files and env files, with the generator options applied.
 */
final class ConfigMapSecretGenerator {

  private static final int BASE64_LINE = 70;

  private final RootedLoader loader;
  private final Map<String, Object> globalOptions;

  ConfigMapSecretGenerator(RootedLoader loader, Map<String, Object> globalOptions) {
    this.loader = loader;
    this.globalOptions = globalOptions == null ? Map.of() : globalOptions;
  }

  Resource generate(Map<String, Object> args, boolean secret) {
    String name = Values.string(args.get("name"));
    if (name == null || name.isEmpty()) {
      throw new KustomizeException("a configmap or secret generator must have a name");
    }
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("apiVersion", "v1");
    object.put("kind", secret ? "Secret" : "ConfigMap");
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("name", name);
    String namespace = Values.string(args.get("namespace"));
    if (namespace != null && !namespace.isEmpty()) {
      metadata.put("namespace", namespace);
    }
    object.put("metadata", metadata);
    Map<String, Object> options = mergedOptions(Values.asMap(args.get("options")));
    Map<String, String> labels = Values.stringMap(options.get("labels"));
    if (!labels.isEmpty()) {
      metadata.put("labels", new LinkedHashMap<String, Object>(labels));
    }
    Map<String, String> annotations = Values.stringMap(options.get("annotations"));
    if (!annotations.isEmpty()) {
      metadata.put("annotations", new LinkedHashMap<String, Object>(annotations));
    }
    Map<String, Object> data = new LinkedHashMap<>();
    Map<String, Object> binaryData = new LinkedHashMap<>();
    collect(args, data, binaryData, secret);
    if (secret) {
      object.put("type", args.get("type") == null ? "Opaque" : String.valueOf(args.get("type")));
    }
    if (!data.isEmpty()) {
      object.put("data", data);
    }
    if (!binaryData.isEmpty()) {
      object.put("binaryData", binaryData);
    }
    if (Boolean.TRUE.equals(options.get("immutable"))) {
      object.put("immutable", true);
    }
    Resource resource = new Resource(object);
    resource.setHashSuffix(!Boolean.TRUE.equals(options.get("disableNameSuffixHash")));
    resource.setBehavior(behavior(args.get("behavior")));
    return resource;
  }

  private Map<String, Object> mergedOptions(Map<String, Object> local) {
    Map<String, Object> merged = new LinkedHashMap<>();
    Map<String, String> labels = Values.stringMap(globalOptions.get("labels"));
    Map<String, String> annotations = Values.stringMap(globalOptions.get("annotations"));
    if (local != null) {
      labels.putAll(Values.stringMap(local.get("labels")));
      annotations.putAll(Values.stringMap(local.get("annotations")));
      merged.putAll(local);
    }
    merged.put("labels", labels);
    merged.put("annotations", annotations);
    for (String flag : List.of("disableNameSuffixHash", "immutable")) {
      if (Boolean.TRUE.equals(globalOptions.get(flag))) {
        merged.put(flag, true);
      }
    }
    return merged;
  }

  private static Resource.Behavior behavior(Object value) {
    if (value == null || "".equals(value) || "create".equals(value)) {
      return Resource.Behavior.CREATE;
    }
    return switch (String.valueOf(value)) {
      case "merge" -> Resource.Behavior.MERGE;
      case "replace" -> Resource.Behavior.REPLACE;
      default -> throw new KustomizeException("unknown generator behavior '" + value + "'");
    };
  }

  private void collect(
      Map<String, Object> args,
      Map<String, Object> data,
      Map<String, Object> binaryData,
      boolean secret) {
    for (String source : Values.stringList(args.get("envs"))) {
      readEnvFile(source).forEach((k, v) -> put(data, k, v, secret));
    }
    if (args.get("env") != null) {
      readEnvFile(String.valueOf(args.get("env"))).forEach((k, v) -> put(data, k, v, secret));
    }
    for (String literal : Values.stringList(args.get("literals"))) {
      int eq = literal.indexOf('=');
      if (eq <= 0) {
        throw new KustomizeException("invalid literal source " + literal + ", expected key=value");
      }
      put(data, literal.substring(0, eq), unquote(literal.substring(eq + 1)), secret);
    }
    for (String file : Values.stringList(args.get("files"))) {
      String key;
      String path;
      int eq = file.indexOf('=');
      if (eq >= 0) {
        key = file.substring(0, eq);
        path = file.substring(eq + 1);
        if (key.isEmpty() || path.isEmpty()) {
          throw new KustomizeException("key or file path is missing in '" + file + "'");
        }
      } else {
        path = file;
        key = Path.of(file).getFileName().toString();
      }
      byte[] content = loader.readBytes(path);
      String text = utf8(content);
      if (secret) {
        putEncoded(data, key, wrappedBase64(content));
      } else if (text == null) {
        putEncoded(binaryData, key, wrappedBase64(content));
      } else {
        put(data, key, text, false);
      }
    }
  }

  private void put(Map<String, Object> data, String key, String value, boolean secret) {
    putEncoded(data, key, secret ? wrappedBase64(value.getBytes(StandardCharsets.UTF_8)) : value);
  }

  private static void putEncoded(Map<String, Object> data, String key, String value) {
    if (data.containsKey(key)) {
      throw new KustomizeException(
          "cannot add key '" + key + "', another key by that name already exists");
    }
    data.put(key, value);
  }

  /** Base64 as kustomize writes it: when longer than one line, 70-character lines, each ended. */
  static String wrappedBase64(byte[] content) {
    String encoded = Base64.getEncoder().encodeToString(content);
    if (encoded.length() < BASE64_LINE) {
      return encoded;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < encoded.length(); i += BASE64_LINE) {
      out.append(encoded, i, Math.min(encoded.length(), i + BASE64_LINE)).append('\n');
    }
    return out.toString();
  }

  private static String unquote(String value) {
    if (value.length() >= 2) {
      char first = value.charAt(0);
      char last = value.charAt(value.length() - 1);
      if ((first == '"' || first == '\'') && first == last) {
        return value.substring(1, value.length() - 1);
      }
    }
    return value;
  }

  private Map<String, String> readEnvFile(String path) {
    Map<String, String> result = new LinkedHashMap<>();
    String[] lines = loader.readString(path).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      line = line.stripLeading();
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      String key = eq < 0 ? line : line.substring(0, eq);
      String value = eq < 0 ? "" : line.substring(eq + 1);
      result.put(key, value);
    }
    return result;
  }

  private static String utf8(byte[] content) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
