package io.fluxjava.kustomizecontroller.sops;

import java.util.List;
import java.util.Map;

/** Reads an encrypted file of one format and writes decrypted documents in that format. */
interface SopsStore {

  /** Splits the file into documents and metadata; fails when there is no {@code sops} metadata. */
  SopsDocument load(byte[] content);

  /** Writes decrypted documents. */
  byte[] emit(List<Map<String, Object>> branches);

  /** The store for a format. */
  static SopsStore forFormat(SopsFormat format) {
    return switch (format) {
      case YAML -> new YamlStore();
      case JSON -> new JsonStore();
      case DOTENV -> new DotenvStore();
      case INI -> new IniStore();
      case BINARY -> new BinaryStore();
    };
  }

  /** The error for a file without metadata. */
  static SopsException metadataNotFound() {
    return new SopsException("sops metadata not found");
  }
}
