package io.fluxjava.runtime.spring;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fluxjava.runtime.FluxReconciler;
import io.fluxjava.runtime.ReconcileRunner;
import io.fluxjava.runtime.RequeuePolicy;
import io.fluxjava.runtime.events.FluxEventRecorder;
import io.fluxjava.runtime.josdk.FluxOperator;
import io.fluxjava.runtime.metrics.ReconcileMetrics;
import io.fluxjava.runtime.options.FluxOptions;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.File;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Wires a Flux controller: the Kubernetes client (from kubeconfig or the pod's service account),
 * the flags, events, metrics, the probe listener, and an operator running every {@link
 * FluxReconciler} bean of the application.
 */
@AutoConfiguration
public class FluxRuntimeAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  public FluxOptions fluxOptions(ConfigurableEnvironment environment) {
    return FluxOptions.from(
        environment::getProperty, FluxFlagsEnvironmentPostProcessor.controllerName(environment));
  }

  /**
   * The client of the cluster: {@code --kubeconfig} when given, as controller-runtime reads it,
   * else the usual lookup ({@code KUBECONFIG}, {@code ~/.kube/config}, the pod's service account).
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public KubernetesClient kubernetesClient(@Value("${kubeconfig:}") String kubeconfig) {
    KubernetesClientBuilder builder = new KubernetesClientBuilder();
    if (!kubeconfig.isEmpty()) {
      builder.withConfig(Config.fromKubeconfig(new File(kubeconfig)));
    }
    return builder.build();
  }

  /**
   * The event recorder; {@code flux.post-events=false} keeps it from posting to {@code
   * --events-addr}, which notification-controller reads as its own listen address.
   */
  @Bean(destroyMethod = "close")
  public FluxEventRecorder fluxEventRecorder(
      KubernetesClient client,
      FluxOptions options,
      @Value("${flux.post-events:true}") boolean postEvents) {
    return new FluxEventRecorder(
        client,
        options.controllerName(),
        postEvents ? options.eventsAddr() : "",
        hostname(),
        Clock.systemUTC());
  }

  @Bean
  public ReconcileMetrics reconcileMetrics(MeterRegistry registry) {
    return new ReconcileMetrics(registry);
  }

  @Bean
  public FluxOperator fluxOperator(
      KubernetesClient client,
      FluxOptions options,
      MeterRegistry registry,
      FluxEventRecorder events,
      ReconcileMetrics metrics,
      ObjectProvider<FluxReconciler<?>> reconcilers) {
    FluxOperator operator = new FluxOperator(client, options, registry);
    RequeuePolicy requeue =
        new RequeuePolicy(
            options.intervalJitterPercentage(),
            options.minRetryDelay(),
            options.maxRetryDelay(),
            new Random());
    List<FluxReconciler<?>> all = reconcilers.orderedStream().toList();
    all.forEach(r -> register(operator, r, client, options, events, metrics, requeue));
    return operator;
  }

  @Bean
  public OperatorLifecycle operatorLifecycle(FluxOperator operator) {
    return new OperatorLifecycle(operator);
  }

  @Bean(destroyMethod = "close")
  public HealthServer healthServer(
      FluxOptions options, ApplicationAvailability availability, OperatorLifecycle lifecycle) {
    return new HealthServer(
        options.healthAddr(),
        () -> availability.getLivenessState() == LivenessState.CORRECT,
        () ->
            availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
                && lifecycle.isRunning());
  }

  @Bean
  public HealthIndicator fluxOperatorHealthIndicator(OperatorLifecycle lifecycle) {
    return () -> lifecycle.isRunning() ? Health.up().build() : Health.outOfService().build();
  }

  private static <T extends CustomResource<?, ?>> void register(
      FluxOperator operator,
      FluxReconciler<T> reconciler,
      KubernetesClient client,
      FluxOptions options,
      FluxEventRecorder events,
      ReconcileMetrics metrics,
      RequeuePolicy requeue) {
    operator.register(
        new ReconcileRunner<>(
            reconciler, client, options, events, metrics, requeue, Clock.systemUTC()));
  }

  private static String hostname() {
    String fromEnvironment = System.getenv("HOSTNAME");
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return fromEnvironment;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown";
    }
  }
}
