package io.fluxjava.runtime.spring;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.fluxjava.runtime.options.ListenAddress;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/**
 * The probe listener of {@code --health-addr}: {@code /healthz} (liveness) and {@code /readyz}
 * (readiness), each answering 200 "ok" or 503. It is separate from the management server because
 * upstream serves probes and metrics on two ports and Spring Boot's management server has one.
 */
public final class HealthServer implements AutoCloseable {

  private final HttpServer server;

  public HealthServer(ListenAddress address, BooleanSupplier live, BooleanSupplier ready) {
    try {
      server = HttpServer.create(new InetSocketAddress(address.host(), address.port()), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on health address " + address, e);
    }
    server.createContext("/healthz", exchange -> answer(exchange, live.getAsBoolean()));
    server.createContext("/readyz", exchange -> answer(exchange, ready.getAsBoolean()));
    server.start();
  }

  /** The bound port (useful when started on port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  private static void answer(HttpExchange exchange, boolean ok) throws IOException {
    byte[] body = (ok ? "ok" : "not ok").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(ok ? 200 : 503, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
