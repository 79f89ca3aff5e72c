package io.fluxjava.helm;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.apply.ApplyOptions;
import io.fluxjava.artifact.ArtifactFetcher;
import io.fluxjava.artifact.ArtifactUrlRewriter;
import io.fluxjava.artifact.FetchOptions;
import io.fluxjava.helm.engine.HelmEngine;
import io.fluxjava.runtime.options.FluxOptions;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The HelmRelease reconciler and what it needs. */
@Configuration(proxyBeanMethods = false)
public class HelmControllerConfiguration {

  /** The field manager of every object helm-controller applies. */
  public static final String FIELD_MANAGER = "helm-controller";

  /** How often hooks and waits poll the cluster (upstream's poller uses 2 s). */
  private static final Duration POLL_INTERVAL = Duration.ofSeconds(2);

  @Bean
  public HelmReleaseReconciler helmReleaseReconciler(KubernetesClient client, FluxOptions flags) {
    // before the first reconcile: the engine must not keep SIGTERM from the JVM's shutdown hooks
    HelmEngine.load();
    ArtifactFetcher fetcher =
        new ArtifactFetcher(
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build(),
            FetchOptions.DEFAULT,
            ArtifactUrlRewriter.fromEnvironment(System.getenv()));
    return HelmReleaseReconciler.create(
        client,
        fetcher,
        ApplyOptions.defaults(FIELD_MANAGER),
        POLL_INTERVAL,
        flags.defaultServiceAccount(),
        Clock.systemUTC());
  }
}
