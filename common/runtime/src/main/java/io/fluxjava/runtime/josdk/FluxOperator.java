package io.fluxjava.runtime.josdk;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.runtime.FluxReconciler;
import io.fluxjava.runtime.ReconcileRunner;
import io.fluxjava.runtime.options.FluxOptions;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfigurationBuilder;
import io.javaoperatorsdk.operator.api.config.informer.InformerConfiguration;
import io.javaoperatorsdk.operator.processing.retry.GenericRetry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flux's controllers on the Java Operator SDK: one SDK controller per {@link FluxReconciler}, with
 * Flux's triggers, finalizer, namespaces, label selector, concurrency and leader election.
 */
public final class FluxOperator {

  private static final Duration LEASE_DURATION = Duration.ofSeconds(35);
  private static final Duration RENEW_DEADLINE = Duration.ofSeconds(30);
  private static final Duration RETRY_PERIOD = Duration.ofSeconds(5);

  private static final Logger LOG = LoggerFactory.getLogger(FluxOperator.class);

  private final Operator operator;
  private final FluxOptions options;
  private final LeaseRelease leaseRelease;

  public FluxOperator(KubernetesClient client, FluxOptions options, MeterRegistry registry) {
    this.options = options;
    this.leaseRelease =
        options.enableLeaderElection()
            ? new LeaseRelease(client, options.runtimeNamespace(), options.leaseName())
            : null;
    this.operator =
        new Operator(
            overrider -> {
              overrider
                  .withKubernetesClient(client)
                  // Spring owns the client; status is written by us as merge patches, not SSA
                  .withCloseClientOnStop(false)
                  .withUseSSAToPatchPrimaryResource(false)
                  .checkingCRDAndValidateLocalModel(false)
                  .withConcurrentReconciliationThreads(options.concurrent())
                  .withMetrics(new QueueMetrics(registry, options.concurrent()));
              if (options.enableLeaderElection()) {
                overrider.withLeaderElectionConfiguration(
                    LeaderElectionConfigurationBuilder.aLeaderElectionConfiguration(
                            options.leaseName())
                        .withLeaseNamespace(options.runtimeNamespace())
                        .withIdentity(leaseRelease.identity())
                        .withLeaseDuration(LEASE_DURATION)
                        .withRenewDeadline(RENEW_DEADLINE)
                        .withRetryPeriod(RETRY_PERIOD)
                        .build());
              }
            });
  }

  /** Registers the controller of {@code runner}'s kind; call before {@link #start()}. */
  public <T extends CustomResource<?, ?>> void register(ReconcileRunner<T> runner) {
    FluxReconciler<T> reconciler = runner.reconciler();
    Class<T> type = reconciler.resourceType();
    InformerConfiguration<T>.Builder informer =
        InformerConfiguration.builder(type).withOnUpdateFilter(new ReconcileTriggers<>());
    if (options.watchAllNamespaces()) {
      informer.withWatchAllNamespaces();
    } else {
      informer.withNamespaces(options.watchedNamespaces());
    }
    if (!options.watchLabelSelector().isBlank()) {
      informer.withLabelSelector(options.watchLabelSelector());
    }
    GenericRetry retry =
        new GenericRetry()
            .setInitialInterval(options.minRetryDelay().toMillis())
            .setIntervalMultiplier(2)
            .setMaxInterval(options.maxRetryDelay().toMillis())
            .withoutMaxAttempts();
    operator.register(
        new JosdkReconciler<>(runner),
        new FluxControllerConfiguration<>(
            controllerName(type),
            reconciler.getClass().getName(),
            options.controllerName(),
            retry,
            operator.getConfigurationService(),
            informer.buildForController()));
  }

  /**
   * Starts every registered controller (after winning the lease, with leader election). With none
   * registered there is nothing to run, and the SDK would refuse to start.
   */
  public void start() {
    if (operator.getRegisteredControllersNumber() == 0) {
      LOG.info("no reconcilers registered; serving metrics and health only");
      return;
    }
    operator.start();
  }

  /** Stops the controllers and gives up the lease when leading; the client stays open. */
  public void stop() {
    if (operator.getRegisteredControllersNumber() > 0) {
      operator.stop();
    }
    if (leaseRelease != null) {
      leaseRelease.release();
    }
  }

  /** How a kind's controller is named: the lower-case kind, as controller-runtime does. */
  private static String controllerName(Class<? extends HasMetadata> type) {
    return HasMetadata.getKind(type).toLowerCase(Locale.ROOT);
  }
}
