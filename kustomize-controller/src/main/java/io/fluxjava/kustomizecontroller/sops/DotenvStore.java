package io.fluxjava.kustomizecontroller.sops;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dotenv files: {@code KEY=VALUE} lines with newlines written as a literal {@code \n}, and the
 * metadata flattened into {@code sops_*} keys. Comment lines are not kept.
 */
final class DotenvStore implements SopsStore {

  private static final String METADATA_PREFIX = SopsMetadata.KEY + "_";

  @Override
  public SopsDocument load(byte[] content) {
    Map<String, Object> branch = new LinkedHashMap<>();
    Map<String, String> flatMetadata = new LinkedHashMap<>();
    for (String line : new String(content, StandardCharsets.UTF_8).split("\n")) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int equals = line.indexOf('=');
      if (equals < 0) {
        throw new SopsException("failed to load encrypted dotenv data: a line has no '='");
      }
      String key = line.substring(0, equals);
      String value = line.substring(equals + 1).replace("\\n", "\n");
      if (key.startsWith(METADATA_PREFIX)) {
        flatMetadata.put(key.substring(METADATA_PREFIX.length()), value);
      } else {
        branch.put(key, value);
      }
    }
    if (flatMetadata.isEmpty()) {
      throw SopsStore.metadataNotFound();
    }
    return new SopsDocument(List.of(branch), FlatMetadata.unflatten(flatMetadata));
  }

  @Override
  public byte[] emit(List<Map<String, Object>> branches) {
    StringBuilder out = new StringBuilder();
    branches
        .get(0)
        .forEach(
            (key, value) ->
                out.append(key)
                    .append('=')
                    .append(ScalarText.of(value).replace("\n", "\\n"))
                    .append('\n'));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
