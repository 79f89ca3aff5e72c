package io.fluxjava.source.git;

import java.util.Locale;
import java.util.Map;

/**
 * {@code spec.verify}: which objects must carry a valid signature and the keys of its Secret
 * ({@code *.asc} OpenPGP public keys, {@code *.sshpub} SSH public keys).
 */
public record VerificationRequest(Mode mode, Map<String, byte[]> keys) {

  /** {@code spec.verify.mode}. */
  public enum Mode {
    HEAD,
    TAG,
    TAG_AND_HEAD;

    /** Parses {@code head}, {@code HEAD}, {@code Tag} or {@code TagAndHEAD}; null means HEAD. */
    public static Mode parse(String value) {
      if (value == null || value.isEmpty()) {
        return HEAD;
      }
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "head" -> HEAD;
        case "tag" -> TAG;
        case "tagandhead" -> TAG_AND_HEAD;
        default -> throw new IllegalArgumentException("invalid verification mode '" + value + "'");
      };
    }

    /** The value upstream writes to {@code status.sourceVerificationMode}. */
    public String specValue() {
      return switch (this) {
        case HEAD -> "HEAD";
        case TAG -> "Tag";
        case TAG_AND_HEAD -> "TagAndHEAD";
      };
    }

    boolean includesHead() {
      return this != TAG;
    }

    boolean includesTag() {
      return this != HEAD;
    }
  }

  public VerificationRequest {
    keys = Map.copyOf(keys);
  }

  @Override
  public String toString() {
    return "VerificationRequest[" + mode + ", keys=" + keys.keySet() + "]";
  }
}
