package io.fluxjava.notification.alerts;

import io.fluxjava.notification.events.EventIntake;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.reactive.function.server.RouterFunctions;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/** The controller's own event server route, bound on 127.0.0.1 and a free port for a test. */
final class LoopbackEventServer {

  private LoopbackEventServer() {}

  static DisposableServer start(EventIntake intake, MeterRegistry registry) {
    return HttpServer.create()
        .host("127.0.0.1")
        .port(0)
        .handle(
            new ReactorHttpHandlerAdapter(
                RouterFunctions.toHttpHandler(
                    new AlertingConfiguration().eventServerRoute(intake, registry))))
        .bindNow();
  }
}
