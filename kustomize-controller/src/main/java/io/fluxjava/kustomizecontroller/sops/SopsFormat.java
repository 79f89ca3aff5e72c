package io.fluxjava.kustomizecontroller.sops;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The document formats SOPS reads and writes, with the rules upstream uses to pick one. */
public enum SopsFormat {
  YAML("mac: ENC["),
  JSON("\"mac\": \"ENC["),
  DOTENV("sops_mac=ENC["),
  INI("[sops]"),
  /** A whole file encrypted as one string, stored in a JSON envelope. */
  BINARY("\"mac\": \"ENC[");

  /** Kubernetes' key for docker config Secrets, which upstream always treats as JSON. */
  private static final String DOCKER_CONFIG_JSON_KEY = ".dockerconfigjson";

  /** Order in which upstream's markers are tried; JSON wins over binary (same marker). */
  private static final List<SopsFormat> DETECTION_ORDER = List.of(JSON, YAML, DOTENV, INI);

  private final byte[] marker;

  SopsFormat(String marker) {
    this.marker = marker.getBytes(StandardCharsets.UTF_8);
  }

  /** Whether the content carries this format's SOPS marker, i.e. is worth decrypting. */
  public boolean hasMarker(byte[] content) {
    return indexOf(content, marker) >= 0;
  }

  /** The format implied by a file name or Secret data key: its extension, else binary. */
  public static SopsFormat forPath(String path) {
    // Case-sensitive, as upstream: "SECRET.YAML" is binary there too.
    String name = path;
    if (name.endsWith(DOCKER_CONFIG_JSON_KEY) || name.endsWith(".json")) {
      return JSON;
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return YAML;
    }
    if (name.endsWith(".env")) {
      return DOTENV;
    }
    if (name.endsWith(".ini")) {
      return INI;
    }
    return BINARY;
  }

  /** The format of a generator's {@code envs} file: as {@link #forPath}, defaulting to dotenv. */
  public static SopsFormat forEnvFile(String path) {
    SopsFormat format = forPath(path);
    return format == BINARY ? DOTENV : format;
  }

  /** The format whose SOPS marker the content carries, if any. */
  public static Optional<SopsFormat> detect(byte[] content) {
    return DETECTION_ORDER.stream().filter(format -> format.hasMarker(content)).findFirst();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
