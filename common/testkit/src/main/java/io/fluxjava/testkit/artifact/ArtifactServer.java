package io.fluxjava.testkit.artifact;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Serves artifacts (tarballs, chart archives) on 127.0.0.1 the way source-controller's file server
 * does: {@code GET /<path>} answers the bytes or 404.
 */
public final class ArtifactServer implements AutoCloseable {

  /** A published artifact: where it is served and the digest of its bytes. */
  public record Published(String path, String url, String digest, long size) {}

  private final HttpServer server;
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

  public ArtifactServer() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::serve);
    server.start();
  }

  /** Serves {@code bytes} at {@code path}. */
  public Published publish(String path, byte[] bytes) {
    files.put("/" + path, bytes);
    return new Published(
        path,
        "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path,
        "sha256:" + sha256(bytes),
        bytes.length);
  }

  /** Stops serving {@code path}, as garbage collection in source-controller would. */
  public void remove(String path) {
    files.remove("/" + path);
  }

  /** How many requests {@code path} has had (answered or not). */
  public int requests(String path) {
    AtomicInteger count = requests.get("/" + path);
    return count == null ? 0 : count.get();
  }

  /** A tar.gz holding the given files (path → content). */
  public static byte[] tarGz(Map<String, String> content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
      for (Map.Entry<String, String> file : new TreeMap<>(content).entrySet()) {
        byte[] data = file.getValue().getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(file.getKey());
        entry.setSize(data.length);
        tar.putArchiveEntry(entry);
        tar.write(data);
        tar.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private void serve(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    byte[] body = files.get(path);
    if (body == null) {
      exchange.sendResponseHeaders(404, -1);
    } else {
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }

  private static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
