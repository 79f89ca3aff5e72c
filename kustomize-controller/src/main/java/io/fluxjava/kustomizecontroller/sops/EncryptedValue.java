package io.fluxjava.kustomizecontroller.sops;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** One SOPS leaf, {@code ENC[AES256_GCM,data:…,iv:…,tag:…,type:…]}, and its decryption. */
final class EncryptedValue {

  private static final Pattern FORMAT =
      Pattern.compile("^ENC\\[AES256_GCM,data:(.+),iv:(.+),tag:(.+),type:(.+)]");
  private static final int TAG_BYTES = 16;

  private final byte[] data;
  private final byte[] iv;
  private final byte[] tag;
  private final String type;

  private EncryptedValue(byte[] data, byte[] iv, byte[] tag, String type) {
    this.data = data;
    this.iv = iv;
    this.tag = tag;
    this.type = type;
  }

  /** Whether a string looks like a SOPS-encrypted value (the marker only, not its validity). */
  static boolean looksEncrypted(String value) {
    return value.startsWith("ENC[AES256_GCM,");
  }

  /**
   * Parses a leaf. {@code location} names where the value sits; it goes into error messages in
   * place of the value, which must never be echoed.
   */
  static EncryptedValue parse(String value, String location) {
    Matcher matcher = FORMAT.matcher(value);
    if (!matcher.find()) {
      throw new SopsException(
          "Input string <redacted> at " + location + " does not match sops' data format");
    }
    byte[] iv = decodeBase64(matcher.group(2), "iv", location);
    byte[] tag = decodeBase64(matcher.group(3), "tag", location);
    if (iv.length == 0 || tag.length != TAG_BYTES) {
      throw new SopsException("truncated encrypted value at " + location);
    }
    return new EncryptedValue(
        decodeBase64(matcher.group(1), "data", location), iv, tag, matcher.group(4));
  }

  /** Decrypts with the data key, authenticating {@code additionalData}, and converts by type. */
  Object decrypt(byte[] dataKey, String additionalData, String location) {
    byte[] plain = open(dataKey, additionalData, location);
    String text = new String(plain, StandardCharsets.UTF_8);
    try {
      return switch (type) {
        case "str", "bytes", "time", "comment" -> text;
        case "int", "int64" -> toInteger(Long.parseLong(text));
        case "float" -> Double.parseDouble(text);
        case "bool" -> parseBool(text);
        default -> throw new SopsException("unknown value type '" + type + "' at " + location);
      };
    } catch (NumberFormatException e) {
      throw new SopsException("decrypted value at " + location + " is not a valid " + type);
    }
  }

  private byte[] open(byte[] dataKey, String additionalData, String location) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(dataKey, "AES"),
          new GCMParameterSpec(TAG_BYTES * 8, iv));
      cipher.updateAAD(additionalData.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = new byte[data.length + tag.length];
      System.arraycopy(data, 0, sealed, 0, data.length);
      System.arraycopy(tag, 0, sealed, data.length, tag.length);
      return cipher.doFinal(sealed);
    } catch (AEADBadTagException e) {
      throw new SopsException(
          "could not decrypt value at "
              + location
              + ": authentication failed (wrong data key, moved or tampered value)");
    } catch (GeneralSecurityException e) {
      throw new SopsException("could not decrypt value at " + location + ": " + e.getMessage());
    }
  }

  private static Object toInteger(long value) {
    return value == (int) value ? Integer.valueOf((int) value) : Long.valueOf(value);
  }

  /** The spellings Go's strconv.ParseBool accepts, which is what sops uses. */
  private static Boolean parseBool(String text) {
    return switch (text) {
      case "1", "t", "T", "true", "TRUE", "True" -> Boolean.TRUE;
      case "0", "f", "F", "false", "FALSE", "False" -> Boolean.FALSE;
      default -> throw new NumberFormatException();
    };
  }

  private static byte[] decodeBase64(String text, String field, String location) {
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new SopsException(
          "error base64-decoding " + field + " of encrypted value at " + location);
    }
  }
}
