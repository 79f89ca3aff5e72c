package io.fluxjava.notification.receivers;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.notification.alerts.Informers;
import io.fluxjava.notification.events.HttpServerMetrics;
import io.fluxjava.runtime.options.FluxOptions;
import io.fluxjava.runtime.options.ListenAddress;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Receiver reconciler and the webhook listener on {@code --receiverAddr}. */
@Configuration(proxyBeanMethods = false)
public class ReceiverConfiguration {

  @Bean
  public ReceiverTokens receiverTokens(KubernetesClient client) {
    return new ReceiverTokens(client);
  }

  @Bean
  public ReceiverReconciler receiverReconciler(ReceiverTokens tokens) {
    return new ReceiverReconciler(tokens);
  }

  @Bean(destroyMethod = "close")
  public ReceiverDirectory receiverDirectory(KubernetesClient client, FluxOptions options) {
    return new ReceiverDirectory(client, Informers.watchedNamespace(options));
  }

  @Bean
  public ReceiverHttpServer receiverHttpServer(
      @Value("${receiverAddr::9292}") String receiverAddr,
      ReceiverDirectory directory,
      ReceiverTokens tokens,
      KubernetesClient client,
      MeterRegistry registry) {
    WebhookHandler handler =
        new WebhookHandler(directory, tokens, new ResourceAnnotator(client, Clock.systemUTC()));
    return new ReceiverHttpServer(
        ListenAddress.parse(receiverAddr),
        handler,
        new HttpServerMetrics(registry, HttpServerMetrics.RECEIVER));
  }
}
