package io.fluxjava.kustomizecontroller.sops;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which leaves of a document SOPS encrypted, from the metadata's suffix and regex options. The
 * options are applied in sops' order, each later one overriding the earlier: unencrypted suffix,
 * encrypted suffix, unencrypted regex, encrypted regex. Regexes match anywhere in a key.
 *
 * <p>The comment options ({@code unencrypted_comment_regex}, {@code encrypted_comment_regex})
 * decide by the YAML comments above a value. Comments are not kept when documents are parsed, so
 * for such documents the {@code ENC[…]} marker of each value decides instead.
 */
final class EncryptionRules {

  private final String unencryptedSuffix;
  private final String encryptedSuffix;
  private final Pattern unencryptedRegex;
  private final Pattern encryptedRegex;
  private final boolean commentDriven;

  EncryptionRules(
      String unencryptedSuffix,
      String encryptedSuffix,
      String unencryptedRegex,
      String encryptedRegex,
      boolean commentDriven) {
    this.unencryptedSuffix = emptyToNull(unencryptedSuffix);
    this.encryptedSuffix = emptyToNull(encryptedSuffix);
    this.unencryptedRegex = compile(unencryptedRegex, "unencrypted_regex");
    this.encryptedRegex = compile(encryptedRegex, "encrypted_regex");
    this.commentDriven = commentDriven;
  }

  /** Whether comment options apply, so that only the value itself can tell if it is encrypted. */
  boolean dependsOnComments() {
    return commentDriven;
  }

  /** Whether the leaf at this path (map keys from the root) is expected to be encrypted. */
  boolean isEncrypted(List<String> path) {
    boolean encrypted = true;
    if (unencryptedSuffix != null && anyKey(path, key -> key.endsWith(unencryptedSuffix))) {
      encrypted = false;
    }
    if (encryptedSuffix != null) {
      encrypted = anyKey(path, key -> key.endsWith(encryptedSuffix));
    }
    if (unencryptedRegex != null && anyKey(path, key -> unencryptedRegex.matcher(key).find())) {
      encrypted = false;
    }
    if (encryptedRegex != null) {
      encrypted = anyKey(path, key -> encryptedRegex.matcher(key).find());
    }
    return encrypted;
  }

  private static boolean anyKey(List<String> path, Predicate<String> test) {
    return path.stream().anyMatch(test);
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  private static Pattern compile(String regex, String option) {
    if (regex == null || regex.isEmpty()) {
      return null;
    }
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new SopsException("invalid " + option + " in sops metadata: " + e.getDescription());
    }
  }
}
