package io.fluxjava.notification.receivers;

import io.fluxjava.notification.events.HttpServerMetrics;
import io.fluxjava.runtime.options.ListenAddress;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/** The webhook listener ({@code --receiverAddr}, default {@code :9292}) beside the event server. */
public final class ReceiverHttpServer implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(ReceiverHttpServer.class);

  /** Largest accepted body, as upstream. */
  public static final int MAX_BODY_BYTES = 3 * 1024 * 1024;

  private final ListenAddress address;
  private final WebhookHandler handler;
  private final HttpServerMetrics metrics;
  private volatile DisposableServer server;

  public ReceiverHttpServer(
      ListenAddress address, WebhookHandler handler, HttpServerMetrics metrics) {
    this.address = address;
    this.handler = handler;
    this.metrics = metrics;
  }

  @Override
  public void start() {
    BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> route = this::serve;
    server =
        HttpServer.create()
            .host(address.host())
            .port(address.port())
            .route(routes -> routes.route(request -> true, route))
            .bindNow();
  }

  @Override
  public void stop() {
    if (server != null) {
      server.disposeNow();
      server = null;
    }
  }

  @Override
  public boolean isRunning() {
    return server != null;
  }

  /** The bound port (useful when configured with port 0). */
  public int port() {
    return server.port();
  }

  private Publisher<Void> serve(HttpServerRequest request, HttpServerResponse response) {
    long started = metrics.started();
    String uri = request.uri();
    String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
    Mono<Integer> status =
        path.startsWith(WebhookPath.PREFIX)
            ? handle(path, request)
            // the body is read all the same: a kept-alive connection stalls behind an unread one
            : request.receive().then(Mono.just(HttpResponseStatus.NOT_FOUND.code()));
    return status
        .doOnNext(code -> metrics.finished(started, request.method().name(), code))
        .flatMap(code -> Mono.from(response.status(code).send()));
  }

  private Mono<Integer> handle(String path, HttpServerRequest request) {
    Map<String, String> headers = new HashMap<>();
    request.requestHeaders().forEach(h -> headers.put(h.getKey(), h.getValue()));
    return request
        .receive()
        .asByteArray()
        .reduce(new ByteArrayOutputStream(), ReceiverHttpServer::append)
        .map(ByteArrayOutputStream::toByteArray)
        .defaultIfEmpty(new byte[0])
        // validation and annotation call the API server: keep them off the event loop
        .publishOn(Schedulers.boundedElastic())
        .map(body -> handler.handle(path, new WebhookRequest(headers, body)))
        .onErrorResume(
            BodyTooLarge.class, e -> Mono.just(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE.code()))
        // a bug must still answer, or the caller waits for its own timeout
        .onErrorResume(
            RuntimeException.class,
            e -> {
              LOG.error("webhook {} failed", path, e);
              return Mono.just(HttpResponseStatus.INTERNAL_SERVER_ERROR.code());
            });
  }

  private static ByteArrayOutputStream append(ByteArrayOutputStream body, byte[] chunk) {
    if (body.size() + chunk.length > MAX_BODY_BYTES) {
      throw new BodyTooLarge();
    }
    body.writeBytes(chunk);
    return body;
  }

  /** The body exceeded {@link #MAX_BODY_BYTES}. */
  private static final class BodyTooLarge extends RuntimeException {
    BodyTooLarge() {
      super("request body too large", null, false, false);
    }
  }
}
