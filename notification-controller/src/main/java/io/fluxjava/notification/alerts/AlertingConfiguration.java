package io.fluxjava.notification.alerts;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.notification.events.DuplicateSuppressor;
import io.fluxjava.notification.events.EventHttpHandler;
import io.fluxjava.notification.events.EventIntake;
import io.fluxjava.notification.events.HttpServerMetrics;
import io.fluxjava.runtime.GoDuration;
import io.fluxjava.runtime.events.FluxEventRecorder;
import io.fluxjava.runtime.options.FluxOptions;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Wires the event server (a POST route on the application's web server, which listens on {@code
 * --events-addr}) to the Alerts and Providers of the cluster.
 */
@Configuration(proxyBeanMethods = false)
public class AlertingConfiguration {

  // routing only matches and enqueues; more threads only help while label lookups block
  private static final int ROUTING_THREADS = 4;
  private static final int ROUTING_QUEUE = 100_000;

  @Bean(destroyMethod = "close")
  public KubernetesAlertCatalog alertCatalog(KubernetesClient client, FluxOptions options) {
    return new KubernetesAlertCatalog(
        client, Informers.watchedNamespace(options), Clock.systemUTC());
  }

  @Bean(destroyMethod = "close")
  public NotificationDispatcher notificationDispatcher() {
    return new NotificationDispatcher(DispatchPolicy.defaults());
  }

  @Bean(destroyMethod = "close")
  public AsyncRouter eventRouter(
      FluxOptions options,
      KubernetesClient client,
      KubernetesAlertCatalog catalog,
      NotificationDispatcher dispatcher,
      FluxEventRecorder recorder) {
    EventRouter router =
        new EventRouter(
            catalog,
            new AlertMatcher(options.noCrossNamespaceRefs(), new KubernetesLabelLookup(client)),
            dispatcher,
            new KubernetesAlertWarnings(client, recorder));
    return new AsyncRouter(router, ROUTING_THREADS, ROUTING_QUEUE);
  }

  @Bean
  public EventIntake eventIntake(
      @Value("${rate-limit-interval:5m}") String rateLimitInterval, AsyncRouter router) {
    return new EventIntake(
        new DuplicateSuppressor(GoDuration.parse(rateLimitInterval), Clock.systemUTC()), router);
  }

  @Bean
  public RouterFunction<ServerResponse> eventServerRoute(
      EventIntake intake, MeterRegistry registry) {
    EventHttpHandler handler =
        new EventHttpHandler(intake, new HttpServerMetrics(registry, HttpServerMetrics.EVENTS));
    return RouterFunctions.route(RequestPredicates.POST("/**"), handler::handle);
  }
}
