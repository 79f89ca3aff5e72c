package io.fluxjava.notification.events;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * POST of an event on any path: 202, 400, 413 (body over 3 MiB) or 429. The intake runs on the
 * event loop: it only parses and deduplicates, routing happens elsewhere ({@code AsyncRouter}).
 */
public final class EventHttpHandler {

  /** Largest accepted body, as upstream. */
  public static final int MAX_BODY_BYTES = 3 * 1024 * 1024;

  private static final int PAYLOAD_TOO_LARGE = 413;

  private final EventIntake intake;
  private final HttpServerMetrics metrics;

  public EventHttpHandler(EventIntake intake, HttpServerMetrics metrics) {
    this.intake = intake;
    this.metrics = metrics;
  }

  /** Handles one request. */
  public Mono<ServerResponse> handle(ServerRequest request) {
    long started = metrics.started();
    return DataBufferUtils.join(request.body(BodyExtractors.toDataBuffers()), MAX_BODY_BYTES)
        .map(EventHttpHandler::bytes)
        .defaultIfEmpty(new byte[0])
        .map(body -> intake.receive(body).httpStatus())
        .onErrorResume(DataBufferLimitException.class, e -> Mono.just(PAYLOAD_TOO_LARGE))
        .doOnNext(status -> metrics.finished(started, request.method().name(), status))
        .flatMap(status -> ServerResponse.status(status).build());
  }

  private static byte[] bytes(DataBuffer buffer) {
    byte[] bytes = new byte[buffer.readableByteCount()];
    buffer.read(bytes);
    DataBufferUtils.release(buffer);
    return bytes;
  }
}
