package io.fluxjava.source.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class ParallelGzipOutputStreamTest {

  @Test
  void anyGzipReaderGetsTheInputBackAcrossChunkBoundaries() throws IOException {
    for (int size :
        new int[] {0, 1, (1 << 20) - 1, 1 << 20, (1 << 20) + 1, 5 * (1 << 20) + 12345}) {
      byte[] input = sample(size);

      assertThat(gunzip(gzip(input))).as("size %d", size).isEqualTo(input);
    }
  }

  @Test
  void sameInputGivesSameBytes() throws IOException {
    byte[] input = sample(3 * (1 << 20) + 7);

    assertThat(gzip(input)).isEqualTo(gzip(input));
  }

  @Test
  void compressesLikeGzip() throws IOException {
    byte[] text = "kind: ConfigMap\nmetadata:\n  name: demo\n".repeat(100_000).getBytes();

    assertThat(gzip(text).length).isLessThan(text.length / 20);
  }

  // Half random, half repetitive: both stored-like and well-compressed blocks.
  private static byte[] sample(int size) {
    byte[] data = new byte[size];
    new Random(size).nextBytes(data);
    for (int i = 0; i < size / 2; i++) {
      data[i] = (byte) ('a' + i % 7);
    }
    return data;
  }

  private static byte[] gzip(byte[] input) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ParallelGzipOutputStream gzip = new ParallelGzipOutputStream(bytes)) {
      gzip.write(input, 0, input.length / 3);
      gzip.write(input, input.length / 3, input.length - input.length / 3);
    }
    return bytes.toByteArray();
  }

  private static byte[] gunzip(byte[] compressed) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      return in.readAllBytes();
    }
  }
}
