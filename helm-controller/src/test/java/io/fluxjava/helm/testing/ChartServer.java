package io.fluxjava.helm.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Serves chart archives on 127.0.0.1 as source-controller's artifact server does. */
public final class ChartServer implements AutoCloseable {

  /** A served file: its URL and the digest of its bytes. */
  public record Served(String path, String url, String digest, long size) {}

  private final HttpServer server;
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();

  public ChartServer() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::serve);
    server.start();
  }

  public Served publish(String path, byte[] bytes) {
    files.put("/" + path, bytes);
    return new Served(
        path,
        "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path,
        "sha256:" + sha256(bytes),
        bytes.length);
  }

  private void serve(HttpExchange exchange) throws IOException {
    byte[] body = files.get(exchange.getRequestURI().getPath());
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
