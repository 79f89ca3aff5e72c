package io.fluxjava.kustomizecontroller;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.kustomize.KustomizeMetadata;
import io.fluxjava.apply.ApplyOptions;
import io.fluxjava.apply.cluster.TargetClusters;
import io.fluxjava.artifact.ArtifactFetcher;
import io.fluxjava.artifact.ArtifactUrlRewriter;
import io.fluxjava.artifact.ExtractedArtifactCache;
import io.fluxjava.artifact.FetchOptions;
import io.fluxjava.kustomizecontroller.reconcile.InventoryCleanup;
import io.fluxjava.kustomizecontroller.reconcile.KustomizationSteps;
import io.fluxjava.runtime.options.FluxOptions;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The Kustomization reconciler and what it needs, wired from the controller's flags. */
@Configuration(proxyBeanMethods = false)
public class KustomizeControllerConfiguration {

  /**
   * Unused revisions kept extracted: enough for the sources reconciled at once to switch revision
   * without deleting a tree other Kustomizations are about to lease; disk use is this many
   * artifacts at most, plus trees still leased.
   */
  private static final int CACHED_REVISIONS = 16;

  @Bean
  public KustomizeControllerOptions kustomizeControllerOptions(Environment environment) {
    return KustomizeControllerOptions.from(environment::getProperty);
  }

  /**
   * Extracted artifacts shared by every Kustomization of the same revision, deleted at shutdown.
   */
  @Bean(destroyMethod = "close")
  public ExtractedArtifactCache extractedArtifactCache(KustomizeControllerOptions options)
      throws IOException {
    ArtifactFetcher fetcher =
        new ArtifactFetcher(
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build(),
            FetchOptions.DEFAULT.withRetries(options.httpRetry(), FetchOptions.DEFAULT.retryWait()),
            ArtifactUrlRewriter.fromEnvironment(System.getenv()));
    return new ExtractedArtifactCache(
        fetcher, Files.createTempDirectory("artifacts-"), CACHED_REVISIONS);
  }

  @Bean
  public KustomizationReconciler kustomizationReconciler(
      KubernetesClient client,
      FluxOptions flags,
      KustomizeControllerOptions options,
      ExtractedArtifactCache artifacts) {
    Clock clock = Clock.systemUTC();
    return new KustomizationReconciler(
        KustomizationSteps.create(
            client,
            flags,
            options,
            artifacts,
            ApplyOptions.defaults(KustomizeMetadata.FIELD_MANAGER),
            clock),
        new InventoryCleanup(new TargetClusters(client, flags.defaultServiceAccount())),
        clock);
  }
}
