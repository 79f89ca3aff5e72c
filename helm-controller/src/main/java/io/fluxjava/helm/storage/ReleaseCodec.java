package io.fluxjava.helm.storage;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Helm's encoding of a release in storage: JSON, gzip, then base64 text. The Secret stores that
 * text as its {@code release} value, which the API base64-encodes once more on the wire.
 */
public final class ReleaseCodec {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final int GZIP_MAGIC_FIRST = 0x1f;

  private ReleaseCodec() {}

  /** The base64 text Helm stores for the release. */
  public static String encode(StoredRelease release) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(JSON.writeValueAsBytes(release));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  /** Reads the base64 text Helm stores; accepts uncompressed JSON as Helm does. */
  public static StoredRelease decode(String text) {
    byte[] raw = Base64.getDecoder().decode(text);
    try (InputStream in =
        raw.length > 0 && (raw[0] & 0xff) == GZIP_MAGIC_FIRST
            ? new GZIPInputStream(new ByteArrayInputStream(raw))
            : new ByteArrayInputStream(raw)) {
      return JSON.readValue(in, StoredRelease.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot decode Helm release", e);
    }
  }
}
