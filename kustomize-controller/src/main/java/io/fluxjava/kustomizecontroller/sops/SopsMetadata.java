package io.fluxjava.kustomizecontroller.sops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The parsed {@code sops} block of a document: key groups and the leaf-encryption rules. */
record SopsMetadata(
    List<List<MasterKeyEntry>> keyGroups, int shamirThreshold, EncryptionRules rules) {

  /** The metadata key of every SOPS document (top-level map key, or prefix when flattened). */
  static final String KEY = "sops";

  /** Reads the metadata map as found in a document. */
  static SopsMetadata parse(Object raw) {
    Map<?, ?> sops = asMap(raw, "sops metadata");
    List<List<MasterKeyEntry>> groups = new ArrayList<>();
    Object keyGroups = sops.get("key_groups");
    if (keyGroups instanceof List<?> list && !list.isEmpty()) {
      for (Object group : list) {
        groups.add(entriesOf(asMap(group, "sops key group")));
      }
    } else {
      groups.add(entriesOf(sops));
    }
    if (groups.stream().allMatch(List::isEmpty)) {
      throw new SopsException("sops metadata lists no master keys");
    }
    EncryptionRules rules =
        new EncryptionRules(
            string(sops, "unencrypted_suffix"),
            string(sops, "encrypted_suffix"),
            string(sops, "unencrypted_regex"),
            string(sops, "encrypted_regex"),
            !string(sops, "unencrypted_comment_regex").isEmpty()
                || !string(sops, "encrypted_comment_regex").isEmpty());
    return new SopsMetadata(groups, threshold(sops.get("shamir_threshold"), groups.size()), rules);
  }

  private static List<MasterKeyEntry> entriesOf(Map<?, ?> group) {
    List<MasterKeyEntry> entries = new ArrayList<>();
    for (MasterKeyType type : MasterKeyType.values()) {
      if (!(group.get(type.metadataKey()) instanceof List<?> keys)) {
        continue;
      }
      for (Object key : keys) {
        Map<?, ?> fields = asMap(key, "sops " + type.metadataKey() + " entry");
        entries.add(
            new MasterKeyEntry(
                type, string(fields, type.identifierField()), string(fields, "enc")));
      }
    }
    return entries;
  }

  private static int threshold(Object raw, int groupCount) {
    if (raw == null) {
      return groupCount;
    }
    try {
      int threshold = Integer.parseInt(raw.toString().trim());
      return threshold <= 0 ? groupCount : threshold;
    } catch (NumberFormatException e) {
      throw new SopsException("sops metadata has an invalid shamir_threshold");
    }
  }

  private static String string(Map<?, ?> map, String key) {
    Object value = map.get(key);
    return value == null ? "" : value.toString();
  }

  private static Map<?, ?> asMap(Object raw, String what) {
    if (raw instanceof Map<?, ?> map) {
      return map;
    }
    throw new SopsException(what + " is not a map");
  }
}
