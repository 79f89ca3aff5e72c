package io.fluxjava.source.storage;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A gzip stream compressed on all cores, as pigz does: the input is cut into fixed 1 MiB chunks,
 * each deflated on its own with the previous 32 KiB as dictionary and ended with a sync flush, and
 * the pieces are written in order. The output depends only on the input (never on timing or the
 * number of threads), so artifacts stay reproducible, and any gzip reader reads it.
 */
final class ParallelGzipOutputStream extends OutputStream {

  private static final int CHUNK_SIZE = 1 << 20;
  private static final int DICTIONARY_SIZE = 32 * 1024;
  private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
  private static final int MAX_IN_FLIGHT = THREADS * 2;
  // Header with no file name and zero mtime: nothing that varies between runs.
  private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

  private static final ExecutorService POOL =
      Executors.newFixedThreadPool(
          THREADS,
          runnable -> {
            Thread thread = new Thread(runnable, "artifact-gzip");
            thread.setDaemon(true);
            return thread;
          });

  private final OutputStream out;
  private final CRC32 crc = new CRC32();
  private final Deque<Future<byte[]>> pending = new ArrayDeque<>();
  private byte[] chunk = new byte[CHUNK_SIZE];
  private int filled;
  private byte[] dictionary;
  private long totalIn;
  private boolean finished;

  ParallelGzipOutputStream(OutputStream out) throws IOException {
    this.out = out;
    out.write(HEADER);
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    int position = off;
    int remaining = len;
    while (remaining > 0) {
      int n = Math.min(remaining, CHUNK_SIZE - filled);
      System.arraycopy(b, position, chunk, filled, n);
      filled += n;
      position += n;
      remaining -= n;
      if (filled == CHUNK_SIZE) {
        submit(false);
      }
    }
  }

  /** Writes all pending data and the gzip trailer, leaving the underlying stream open. */
  void finish() throws IOException {
    if (finished) {
      return;
    }
    finished = true;
    submit(true);
    while (!pending.isEmpty()) {
      writeOldest();
    }
    writeTrailer();
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    try {
      finish();
    } finally {
      out.close();
    }
  }

  private void submit(boolean last) throws IOException {
    byte[] data = Arrays.copyOf(chunk, filled);
    byte[] dict = dictionary;
    crc.update(data);
    totalIn += filled;
    pending.add(POOL.submit(() -> deflate(data, dict, last)));
    dictionary =
        data.length >= DICTIONARY_SIZE
            ? Arrays.copyOfRange(data, data.length - DICTIONARY_SIZE, data.length)
            : data;
    filled = 0;
    while (pending.size() >= MAX_IN_FLIGHT) {
      writeOldest();
    }
  }

  private void writeOldest() throws IOException {
    try {
      out.write(pending.removeFirst().get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while compressing");
    } catch (ExecutionException e) {
      throw new IOException("compression failed", e.getCause());
    }
  }

  private static byte[] deflate(byte[] data, byte[] dictionary, boolean last) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    try {
      if (dictionary != null) {
        deflater.setDictionary(dictionary);
      }
      deflater.setInput(data);
      if (last) {
        deflater.finish();
      }
      int flush = last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH;
      byte[] buffer = new byte[data.length + data.length / 8 + 1024];
      int length = 0;
      while (true) {
        int space = buffer.length - length;
        int n = deflater.deflate(buffer, length, space, flush);
        length += n;
        // A sync flush is complete once deflate leaves room in the buffer.
        if (last ? deflater.finished() : n < space) {
          return Arrays.copyOf(buffer, length);
        }
        if (length == buffer.length) {
          buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
      }
    } finally {
      deflater.end();
    }
  }

  private void writeTrailer() throws IOException {
    writeIntLittleEndian(crc.getValue());
    writeIntLittleEndian(totalIn);
  }

  private void writeIntLittleEndian(long value) throws IOException {
    out.write((int) value & 0xff);
    out.write((int) (value >>> 8) & 0xff);
    out.write((int) (value >>> 16) & 0xff);
    out.write((int) (value >>> 24) & 0xff);
  }
}
