package io.fluxjava.testkit.sops;

import com.exceptionfactory.jagged.RecipientStanzaWriter;
import com.exceptionfactory.jagged.framework.armor.ArmoredEncryptingChannelFactory;
import com.exceptionfactory.jagged.x25519.X25519RecipientStanzaWriterFactory;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * A SOPS v3 encryptor for tests, written independently of the decryptor: it generates a data key,
 * wraps it for age recipients (with jagged, or with a caller-supplied function such as the age
 * CLI), encrypts leaves with AES-256-GCM and writes YAML, JSON, dotenv, INI and binary files. Which
 * leaves it encrypts is stated by each test next to the metadata option it declares, so that the
 * decryptor's reading of that option is checked, not assumed.
 */
public final class TestSopsEncryptor {

  /** The top-level key sops keeps its metadata under. */
  public static final String METADATA_KEY = "sops";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String LAST_MODIFIED = "2026-11-28T10:00:00Z";

  private final byte[] dataKey = randomBytes(32);
  private final Map<String, Object> options = new LinkedHashMap<>();
  private final Map<String, Object> keyMetadata = new LinkedHashMap<>();
  private Predicate<List<String>> encrypts =
      path -> path.stream().noneMatch(k -> k.endsWith("_unencrypted"));

  private TestSopsEncryptor() {
    options.put("unencrypted_suffix", "_unencrypted");
  }

  /** One key group: the data key wrapped for each recipient with jagged. */
  public static TestSopsEncryptor forAgeRecipients(String... recipients) {
    return forAgeRecipients(TestSopsEncryptor::wrapWithJagged, recipients);
  }

  /** One key group, the data key wrapped for each recipient by {@code wrap(dataKey, recipient)}. */
  public static TestSopsEncryptor forAgeRecipients(
      BiFunction<byte[], String, String> wrap, String... recipients) {
    TestSopsEncryptor encryptor = new TestSopsEncryptor();
    List<Object> entries = new ArrayList<>();
    for (String recipient : recipients) {
      entries.add(ageEntry(recipient, wrap.apply(encryptor.dataKey, recipient)));
    }
    encryptor.keyMetadata.put("age", entries);
    return encryptor;
  }

  /** Several key groups of one age recipient each, the data key split with Shamir. */
  public static TestSopsEncryptor forShamirGroups(int threshold, String... recipients) {
    TestSopsEncryptor encryptor = new TestSopsEncryptor();
    List<byte[]> parts = ShamirSplit.split(encryptor.dataKey, recipients.length, threshold);
    List<Object> groups = new ArrayList<>();
    for (int i = 0; i < recipients.length; i++) {
      groups.add(
          Map.of(
              "age",
              List.of(ageEntry(recipients[i], wrapWithJagged(parts.get(i), recipients[i])))));
    }
    encryptor.keyMetadata.put("key_groups", groups);
    encryptor.keyMetadata.put("shamir_threshold", threshold);
    return encryptor;
  }

  /** Declares a leaf-selection option in the metadata, and which leaves it means are encrypted. */
  public TestSopsEncryptor option(
      String name, Object value, Predicate<List<String>> encryptedLeaves) {
    options.clear();
    options.put(name, value);
    this.encrypts = encryptedLeaves;
    return this;
  }

  /** Adds a metadata flag that does not change which leaves are encrypted. */
  public TestSopsEncryptor flag(String name, Object value) {
    options.put(name, value);
    return this;
  }

  /** Adds a master key entry of another type (kms, hc_vault…) to the first key group. */
  public TestSopsEncryptor extraKeyEntry(String type, Map<String, Object> entry) {
    keyMetadata.put(type, List.of(entry));
    return this;
  }

  /** The tree with its leaves encrypted and the {@code sops} metadata added. */
  public Map<String, Object> encrypt(Map<String, Object> plain) {
    MessageDigest mac = sha512();
    @SuppressWarnings("unchecked")
    Map<String, Object> encrypted = (Map<String, Object>) encryptNode(plain, List.of(), mac);
    encrypted.put(METADATA_KEY, metadata(mac));
    return encrypted;
  }

  /** One encrypted value, as sops writes it. */
  public String encryptValue(Object value, String additionalData) {
    String type;
    String text;
    if (value instanceof Boolean flag) {
      type = "bool";
      text = flag ? "True" : "False";
    } else if (value instanceof Integer || value instanceof Long) {
      type = "int";
      text = value.toString();
    } else if (value instanceof Double number) {
      type = "float";
      text = BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    } else if (value instanceof byte[] bytes) {
      type = "bytes";
      text = new String(bytes, StandardCharsets.UTF_8);
    } else {
      type = "str";
      text = value.toString();
    }
    byte[] iv = randomBytes(32);
    byte[] sealed = seal(text.getBytes(StandardCharsets.UTF_8), iv, additionalData);
    int dataLength = sealed.length - 16;
    Base64.Encoder b64 = Base64.getEncoder();
    return "ENC[AES256_GCM,data:"
        + b64.encodeToString(Arrays.copyOf(sealed, dataLength))
        + ",iv:"
        + b64.encodeToString(iv)
        + ",tag:"
        + b64.encodeToString(Arrays.copyOfRange(sealed, dataLength, sealed.length))
        + ",type:"
        + type
        + "]";
  }

  /** The encrypted tree as sops writes YAML. */
  public byte[] yaml(Map<String, Object> plain) {
    Dump dump = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build());
    return dump.dumpToString(encrypt(plain)).getBytes(StandardCharsets.UTF_8);
  }

  /** The encrypted tree as sops writes JSON. */
  public byte[] json(Map<String, Object> plain) {
    try {
      // sops writes "key": value; the Secret-data format detection looks for exactly that.
      DefaultPrettyPrinter printer =
          new DefaultPrettyPrinter()
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
      return new ObjectMapper().writer(printer).writeValueAsBytes(encrypt(plain));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A whole file as sops' binary format: a JSON envelope with one {@code data} value. */
  public byte[] binary(String content) {
    Map<String, Object> plain = new LinkedHashMap<>();
    plain.put("data", content);
    return json(plain);
  }

  /** A flat map as sops writes dotenv, metadata as {@code sops_*} lines. */
  public byte[] dotenv(Map<String, Object> plain) {
    Map<String, Object> encrypted = encrypt(plain);
    Object metadata = encrypted.remove(METADATA_KEY);
    StringBuilder out = new StringBuilder();
    encrypted.forEach((key, value) -> out.append(key).append('=').append(value).append('\n'));
    flatten(metadata, "")
        .forEach(
            (key, value) -> out.append("sops_").append(key).append('=').append(value).append('\n'));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@code sections} maps section names to their key/value maps. */
  public byte[] ini(Map<String, Object> sections) {
    Map<String, Object> encrypted = encrypt(sections);
    Object metadata = encrypted.remove(METADATA_KEY);
    StringBuilder out = new StringBuilder();
    encrypted.forEach(
        (section, values) -> {
          out.append('[').append(section).append("]\n");
          ((Map<?, ?>) values)
              .forEach((key, value) -> out.append(key).append(" = ").append(value).append('\n'));
          out.append('\n');
        });
    out.append("[sops]\n");
    flatten(metadata, "")
        .forEach((key, value) -> out.append(key).append(" = ").append(value).append('\n'));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private Object encryptNode(Object node, List<String> path, MessageDigest mac) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> result = new LinkedHashMap<>();
      map.forEach(
          (key, value) -> {
            List<String> child = new ArrayList<>(path);
            child.add(key.toString());
            result.put(key.toString(), encryptNode(value, child, mac));
          });
      return result;
    }
    if (node instanceof List<?> list) {
      return list.stream().map(item -> encryptNode(item, path, mac)).toList();
    }
    boolean encrypted = encrypts.test(path);
    boolean macOnlyEncrypted = Boolean.TRUE.equals(options.get("mac_only_encrypted"));
    if (node != null && (encrypted || !macOnlyEncrypted)) {
      mac.update(String.valueOf(node).getBytes(StandardCharsets.UTF_8));
    }
    if (!encrypted || node == null || "".equals(node)) {
      return node;
    }
    return encryptValue(node, String.join(":", path) + ":");
  }

  private Map<String, Object> metadata(MessageDigest mac) {
    Map<String, Object> metadata = new LinkedHashMap<>(keyMetadata);
    metadata.put("lastmodified", LAST_MODIFIED);
    metadata.put(
        "mac", encryptValue(HexFormat.of().withUpperCase().formatHex(mac.digest()), LAST_MODIFIED));
    metadata.putAll(options);
    metadata.put("version", "3.9.0");
    return metadata;
  }

  private static Map<String, Object> ageEntry(String recipient, String armored) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("recipient", recipient);
    entry.put("enc", armored);
    return entry;
  }

  /**
   * sops' flattening for dotenv/INI: {@code __map_<key>}, {@code __list_<n>}, literal {@code \n}.
   */
  private static Map<String, String> flatten(Object node, String prefix) {
    Map<String, String> flat = new LinkedHashMap<>();
    if (node instanceof Map<?, ?> map) {
      map.forEach(
          (key, value) ->
              flat.putAll(
                  flatten(value, prefix.isEmpty() ? key.toString() : prefix + "__map_" + key)));
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        flat.putAll(flatten(list.get(i), prefix + "__list_" + i));
      }
    } else {
      flat.put(prefix, String.valueOf(node).replace("\n", "\\n"));
    }
    return flat;
  }

  private byte[] seal(byte[] plaintext, byte[] iv, String additionalData) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.ENCRYPT_MODE, new SecretKeySpec(dataKey, "AES"), new GCMParameterSpec(128, iv));
      cipher.updateAAD(additionalData.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(plaintext);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String wrapWithJagged(byte[] key, String recipient) {
    try {
      RecipientStanzaWriter writer =
          X25519RecipientStanzaWriterFactory.newRecipientStanzaWriter(recipient);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (WritableByteChannel channel =
          new ArmoredEncryptingChannelFactory()
              .newEncryptingChannel(Channels.newChannel(out), List.of(writer))) {
        channel.write(ByteBuffer.wrap(key));
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static MessageDigest sha512() {
    try {
      return MessageDigest.getInstance("SHA-512");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /** Shamir splitting over GF(2^8) (the AES field), written apart from the decryptor's combiner. */
  static final class ShamirSplit {

    private ShamirSplit() {}

    static List<byte[]> split(byte[] secret, int parts, int threshold) {
      List<byte[]> shares = new ArrayList<>();
      byte[][] coefficients = new byte[secret.length][];
      for (int i = 0; i < secret.length; i++) {
        coefficients[i] = randomBytes(threshold);
        coefficients[i][0] = secret[i];
      }
      for (int part = 0; part < parts; part++) {
        int x = part + 7; // any distinct non-zero coordinates will do
        byte[] share = new byte[secret.length + 1];
        for (int i = 0; i < secret.length; i++) {
          share[i] = (byte) evaluate(coefficients[i], x);
        }
        share[secret.length] = (byte) x;
        shares.add(share);
      }
      return shares;
    }

    private static int evaluate(byte[] coefficients, int x) {
      int result = 0;
      for (int i = coefficients.length - 1; i >= 0; i--) {
        result = times(result, x) ^ (coefficients[i] & 0xff);
      }
      return result;
    }

    /** Multiplication by repeated doubling ("xtime"), reducing by x^8 + x^4 + x^3 + x + 1. */
    private static int times(int a, int b) {
      int product = 0;
      while (b != 0) {
        if ((b & 1) != 0) {
          product ^= a;
        }
        a = (a << 1) ^ ((a & 0x80) != 0 ? 0x11b : 0);
        b >>= 1;
      }
      return product;
    }
  }
}
