package io.fluxjava.helm.testing;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fluxjava.api.helm.ChartRefKind;
import io.fluxjava.api.helm.CrossNamespaceSourceReference;
import io.fluxjava.api.helm.HelmRelease;
import io.fluxjava.api.helm.HelmReleaseSpec;
import io.fluxjava.api.meta.Artifact;
import io.fluxjava.api.source.HelmChart;
import io.fluxjava.api.source.HelmChartSourceKind;
import io.fluxjava.api.source.HelmChartSpec;
import io.fluxjava.api.source.HelmChartStatus;
import io.fluxjava.api.source.LocalHelmChartSourceReference;
import io.fluxjava.apply.ApplyOptions;
import io.fluxjava.artifact.ArtifactFetcher;
import io.fluxjava.artifact.ArtifactUrlRewriter;
import io.fluxjava.artifact.FetchOptions;
import io.fluxjava.helm.HelmControllerConfiguration;
import io.fluxjava.helm.HelmReleaseReconciler;
import io.fluxjava.helm.storage.ReleaseStorage;
import io.fluxjava.helm.storage.StoredRelease;
import io.fluxjava.runtime.ReconcileRunner;
import io.fluxjava.runtime.RequeuePolicy;
import io.fluxjava.runtime.events.FluxEventRecorder;
import io.fluxjava.runtime.metrics.ReconcileMetrics;
import io.fluxjava.runtime.options.FluxOptions;
import io.fluxjava.testkit.InMemoryApiServer;
import io.fluxjava.testkit.artifact.ArtifactServer;
import io.fluxjava.testkit.helm.ChartArchive;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A helm-controller against the in-memory API server, driven one reconcile at a time; charts are
 * archives the test builds, served on loopback as the artifact of a HelmChart the test owns.
 */
public final class HelmReleaseFixture implements AutoCloseable {

  public static final String NAMESPACE = "flux-system";
  private static final Path CRDS = Path.of("..", "helm-chart", "crds");

  private final InMemoryApiServer api;
  private final ArtifactServer charts = new ArtifactServer();
  private final FluxEventRecorder events;
  private final ReconcileRunner<HelmRelease> runner;
  private final ExecutorService background = Executors.newSingleThreadExecutor();
  private final DeleteRequestRecorder deletes = new DeleteRequestRecorder();
  private final KubernetesClient controllerClient;

  public HelmReleaseFixture() {
    api = InMemoryApiServer.start();
    api.installCrds(CRDS);
    client()
        .namespaces()
        .resource(
            new NamespaceBuilder().withNewMetadata().withName(NAMESPACE).endMetadata().build())
        .create();
    FluxOptions options =
        FluxOptions.from(
            Map.<String, String>of("requeue-dependency", "5s")::get,
            HelmControllerConfiguration.FIELD_MANAGER);
    events =
        new FluxEventRecorder(
            client(), HelmControllerConfiguration.FIELD_MANAGER, "", "test", Clock.systemUTC());
    ArtifactFetcher fetcher =
        new ArtifactFetcher(
            HttpClient.newHttpClient(),
            FetchOptions.DEFAULT.withRetries(0, Duration.ofMillis(10)),
            ArtifactUrlRewriter.fromEnvironment(Map.of()));
    controllerClient =
        new KubernetesClientBuilder()
            .withConfig(api.clientConfig())
            .withHttpClientBuilderConsumer(
                builder -> builder.addOrReplaceInterceptor("record-deletes", deletes))
            .build();
    HelmReleaseReconciler reconciler =
        HelmReleaseReconciler.create(
            controllerClient,
            fetcher,
            ApplyOptions.defaults(HelmControllerConfiguration.FIELD_MANAGER)
                .withWait(Duration.ofMillis(100), Duration.ofSeconds(10)),
            Duration.ofMillis(100),
            options.defaultServiceAccount(),
            Clock.systemUTC());
    runner =
        new ReconcileRunner<>(
            reconciler,
            client(),
            options,
            events,
            new ReconcileMetrics(new SimpleMeterRegistry()),
            new RequeuePolicy(0, Duration.ofMillis(750), Duration.ofMinutes(15), new Random()),
            Clock.systemUTC());
  }

  public KubernetesClient client() {
    return api.client();
  }

  /** The DELETE requests the controller sent, oldest first. */
  public List<DeleteRequestRecorder.DeleteRequest> deleteRequests() {
    return deletes.requests();
  }

  public InMemoryApiServer api() {
    return api;
  }

  /**
   * Serves the chart as the artifact of HelmChart {@code name} (created when missing), as
   * source-controller would after building it.
   */
  public Artifact publishChart(String name, ChartArchive chart) {
    ArtifactServer.Published served =
        charts.publish(
            "helmchart/" + NAMESPACE + "/" + name + "/" + chart.fileName(), chart.bytes());
    Artifact artifact = new Artifact();
    artifact.setPath(served.path());
    artifact.setUrl(served.url());
    artifact.setRevision(chart.version());
    artifact.setDigest(served.digest());
    artifact.setSize(served.size());
    artifact.setLastUpdateTime(Instant.now().toString());
    var helmCharts = client().resources(HelmChart.class).inNamespace(NAMESPACE);
    if (helmCharts.withName(name).get() == null) {
      HelmChart helmChart = new HelmChart();
      helmChart.setMetadata(
          new ObjectMetaBuilder().withName(name).withNamespace(NAMESPACE).build());
      HelmChartSpec spec = new HelmChartSpec();
      spec.setChart(chart.name());
      spec.setInterval("1m");
      LocalHelmChartSourceReference ref = new LocalHelmChartSourceReference();
      ref.setKind(HelmChartSourceKind.HELM_REPOSITORY);
      ref.setName("repo");
      spec.setSourceRef(ref);
      helmChart.setSpec(spec);
      helmCharts.resource(helmChart).create();
    }
    helmCharts
        .withName(name)
        .editStatus(
            c -> {
              HelmChartStatus status = new HelmChartStatus();
              status.setArtifact(artifact);
              c.setStatus(status);
              return c;
            });
    return artifact;
  }

  /** Creates a HelmRelease on HelmChart {@code chart} (chartRef), interval 10m. */
  public HelmRelease create(String name, String chart, Consumer<HelmReleaseSpec> customize) {
    HelmRelease release = new HelmRelease();
    release.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(NAMESPACE).build());
    HelmReleaseSpec spec = new HelmReleaseSpec();
    spec.setInterval("10m");
    CrossNamespaceSourceReference ref = new CrossNamespaceSourceReference();
    ref.setKind(ChartRefKind.HELM_CHART);
    ref.setName(chart);
    spec.setChartRef(ref);
    customize.accept(spec);
    release.setSpec(spec);
    return client().resource(release).create();
  }

  /** Changes the spec of HelmRelease {@code name}. */
  public HelmRelease update(String name, Consumer<HelmReleaseSpec> change) {
    return client()
        .resources(HelmRelease.class)
        .inNamespace(NAMESPACE)
        .withName(name)
        .edit(
            r -> {
              change.accept(r.getSpec());
              return r;
            });
  }

  /** Sets an annotation on HelmRelease {@code name} (requestedAt, forceAt, resetAt …). */
  public void annotate(String name, String key, String value) {
    client()
        .resources(HelmRelease.class)
        .inNamespace(NAMESPACE)
        .withName(name)
        .edit(
            r -> {
              Map<String, String> annotations = new java.util.HashMap<>();
              if (r.getMetadata().getAnnotations() != null) {
                annotations.putAll(r.getMetadata().getAnnotations());
              }
              annotations.put(key, value);
              r.getMetadata().setAnnotations(annotations);
              return r;
            });
  }

  /** Runs one reconcile of HelmRelease {@code name}; returns its new state. */
  public HelmRelease reconcile(String name) {
    runner.reconcile(get(name));
    return get(name);
  }

  /** Runs one reconcile and returns when the runtime would run the next one. */
  public Optional<Duration> reconcileForRequeue(String name) {
    return runner.reconcile(get(name));
  }

  /** Runs the deletion clean-up of HelmRelease {@code name}; empty when it finished. */
  public Optional<Duration> cleanup(String name) {
    return runner.cleanup(get(name));
  }

  public HelmRelease get(String name) {
    return client().resources(HelmRelease.class).inNamespace(NAMESPACE).withName(name).get();
  }

  /** The condition of the given type, or null. */
  public static Condition condition(HelmRelease release, String type) {
    if (release.getStatus() == null || release.getStatus().getConditions() == null) {
      return null;
    }
    return release.getStatus().getConditions().stream()
        .filter(c -> type.equals(c.getType()))
        .findFirst()
        .orElse(null);
  }

  /** The stored revisions of Helm release {@code releaseName}, newest first. */
  public List<StoredRelease> releases(String namespace, String releaseName) {
    return new ReleaseStorage(client(), Clock.systemUTC()).history(namespace, releaseName);
  }

  /** The Helm storage Secrets in {@code namespace}. */
  public List<Secret> releaseSecrets(String namespace) {
    return client().secrets().inNamespace(namespace).withLabel("owner", "helm").list().getItems();
  }

  /** The Kubernetes Events recorded about HelmRelease {@code name}, oldest first. */
  public List<Event> events(String name) {
    return client().v1().events().inNamespace(NAMESPACE).list().getItems().stream()
        .filter(e -> name.equals(e.getInvolvedObject().getName()))
        .toList();
  }

  /**
   * In the background, gives every Pod named in {@code phases} that appears the phase given (a
   * kubelet stand-in for hook and test Pods); stops when the fixture closes.
   */
  public void completePods(String namespace, Map<String, String> phases) {
    background.submit(
        () -> {
          while (!Thread.currentThread().isInterrupted()) {
            for (Pod pod : client().pods().inNamespace(namespace).list().getItems()) {
              String phase = phases.get(pod.getMetadata().getName());
              if (phase != null
                  && (pod.getStatus() == null || !phase.equals(pod.getStatus().getPhase()))) {
                client()
                    .pods()
                    .inNamespace(namespace)
                    .withName(pod.getMetadata().getName())
                    .editStatus(
                        p -> {
                          p.setStatus(new io.fabric8.kubernetes.api.model.PodStatus());
                          p.getStatus().setPhase(phase);
                          return p;
                        });
              }
            }
            Thread.sleep(50);
          }
          return null;
        });
  }

  @Override
  public void close() {
    background.shutdownNow();
    try {
      background.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    events.close();
    charts.close();
    controllerClient.close();
    api.close();
  }
}
