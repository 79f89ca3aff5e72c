package io.fluxjava.helm.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

/**
 * A loopback proxy in front of the in-memory API server that labels JSON answers as {@code
 * application/json}. The mock's CRUD answers carry no Content-Type; kubectl copes, but the helm CLI
 * (client-go configured for protobuf) then decodes them as protobuf and fails.
 */
public final class JsonContentTypeProxy implements AutoCloseable {

  private static final Set<String> HOP_HEADERS =
      Set.of("host", "connection", "content-length", "transfer-encoding", "upgrade");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private final String target;

  public JsonContentTypeProxy(String targetUrl) {
    this.target =
        targetUrl.endsWith("/") ? targetUrl.substring(0, targetUrl.length() - 1) : targetUrl;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::forward);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void forward(HttpExchange exchange) throws IOException {
    try {
      byte[] body = exchange.getRequestBody().readAllBytes();
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
              .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase())) {
                  values.forEach(v -> request.header(name, v));
                }
              });
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      response
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase()) && !name.startsWith(":")) {
                  exchange.getResponseHeaders().put(name, values);
                }
              });
      if (response.headers().firstValue("Content-Type").isEmpty()) {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
      }
      byte[] answer = typedList(response.body());
      exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exchange.sendResponseHeaders(502, -1);
    } finally {
      exchange.close();
    }
  }

  /**
   * Names a list by its items' kind ({@code SecretList}), as the real API server does; the mock
   * answers {@code List}, which client-go's typed clients do not decode.
   */
  private static byte[] typedList(byte[] body) {
    try {
      JsonNode json = JSON.readTree(body);
      if (json instanceof ObjectNode list
          && "List".equals(list.path("kind").asText())
          && list.path("items").size() > 0) {
        list.put("kind", list.path("items").get(0).path("kind").asText() + "List");
        return JSON.writeValueAsBytes(list);
      }
    } catch (IOException e) {
      // not JSON: passed on untouched
    }
    return body;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
