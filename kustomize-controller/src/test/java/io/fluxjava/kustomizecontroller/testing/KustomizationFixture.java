package io.fluxjava.kustomizecontroller.testing;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.kustomize.CrossNamespaceSourceReference;
import io.fluxjava.api.kustomize.Kustomization;
import io.fluxjava.api.kustomize.KustomizationSourceKind;
import io.fluxjava.api.kustomize.KustomizationSpec;
import io.fluxjava.api.kustomize.KustomizeMetadata;
import io.fluxjava.api.meta.Artifact;
import io.fluxjava.api.source.GitRepository;
import io.fluxjava.api.source.GitRepositorySpec;
import io.fluxjava.api.source.GitRepositoryStatus;
import io.fluxjava.apply.ApplyOptions;
import io.fluxjava.apply.cluster.TargetClusters;
import io.fluxjava.artifact.ArtifactFetcher;
import io.fluxjava.artifact.ArtifactUrlRewriter;
import io.fluxjava.artifact.ExtractedArtifactCache;
import io.fluxjava.artifact.FetchOptions;
import io.fluxjava.kustomizecontroller.KustomizationReconciler;
import io.fluxjava.kustomizecontroller.KustomizeControllerOptions;
import io.fluxjava.kustomizecontroller.reconcile.InventoryCleanup;
import io.fluxjava.kustomizecontroller.reconcile.KustomizationSteps;
import io.fluxjava.runtime.ReconcileRunner;
import io.fluxjava.runtime.RequeuePolicy;
import io.fluxjava.runtime.events.FluxEventRecorder;
import io.fluxjava.runtime.josdk.FluxOperator;
import io.fluxjava.runtime.metrics.ReconcileMetrics;
import io.fluxjava.runtime.options.FluxOptions;
import io.fluxjava.testkit.InMemoryApiServer;
import io.fluxjava.testkit.artifact.ArtifactServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A kustomize-controller against the in-memory API server, driven one reconcile at a time: sources
 * are GitRepository objects whose artifact is a tarball served on loopback.
 */
public final class KustomizationFixture implements AutoCloseable {

  public static final String NAMESPACE = "flux-system";
  private static final Path CRDS = Path.of("..", "helm-chart", "crds");

  private final InMemoryApiServer api;
  private final ArtifactServer artifacts = new ArtifactServer();
  private final ExtractedArtifactCache extracted;
  private final FluxEventRecorder events;
  private final ReconcileRunner<Kustomization> runner;
  private final FluxOptions options;
  private FluxOperator operator;

  private KustomizationFixture(Map<String, String> flags) {
    api = InMemoryApiServer.start();
    api.installCrds(CRDS);
    client()
        .namespaces()
        .resource(
            new NamespaceBuilder().withNewMetadata().withName(NAMESPACE).endMetadata().build())
        .create();
    options = FluxOptions.from(flags::get, KustomizeMetadata.FIELD_MANAGER);
    KustomizeControllerOptions controllerOptions = KustomizeControllerOptions.from(flags::get);
    events =
        new FluxEventRecorder(
            client(), KustomizeMetadata.FIELD_MANAGER, "", "test", Clock.systemUTC());
    ArtifactFetcher fetcher =
        new ArtifactFetcher(
            HttpClient.newHttpClient(),
            FetchOptions.DEFAULT.withRetries(0, Duration.ofMillis(10)),
            ArtifactUrlRewriter.fromEnvironment(Map.of()));
    extracted = new ExtractedArtifactCache(fetcher, temporaryDirectory(), 2);
    KustomizationReconciler reconciler =
        new KustomizationReconciler(
            KustomizationSteps.create(
                client(),
                options,
                controllerOptions,
                extracted,
                ApplyOptions.defaults(KustomizeMetadata.FIELD_MANAGER)
                    .withWait(Duration.ofMillis(100), Duration.ofSeconds(10)),
                Clock.systemUTC()),
            new InventoryCleanup(new TargetClusters(client(), options.defaultServiceAccount())),
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

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("artifacts-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A controller with upstream's flags, except fast health polling. */
  public static KustomizationFixture start() {
    return start(Map.of());
  }

  /** A controller with extra flags (flag name → value). */
  public static KustomizationFixture start(Map<String, String> flags) {
    Map<String, String> all = new HashMap<>();
    all.put("health-poll-interval", "100ms");
    all.putAll(flags);
    return new KustomizationFixture(all);
  }

  /**
   * Runs the controller loop as the application does (Java Operator SDK, source watches, finalizer,
   * requeues) instead of single reconciles; stopped by {@link #close()}.
   */
  public void startOperator() {
    operator = new FluxOperator(client(), options, new SimpleMeterRegistry());
    operator.register(runner);
    operator.start();
  }

  public KubernetesClient client() {
    return api.client();
  }

  public InMemoryApiServer api() {
    return api;
  }

  /**
   * Publishes {@code files} as the artifact of GitRepository {@code name} at {@code revision},
   * creating the GitRepository when needed.
   */
  public Artifact publish(String name, String revision, Map<String, String> files) {
    return publishTarball(name, revision, ArtifactServer.tarGz(files));
  }

  /** Publishes an existing tarball as the artifact of GitRepository {@code name}. */
  public Artifact publishTarball(String name, String revision, byte[] tarGz) {
    String file = revision.substring(revision.lastIndexOf(':') + 1) + ".tar.gz";
    ArtifactServer.Published published =
        artifacts.publish("gitrepository/" + NAMESPACE + "/" + name + "/" + file, tarGz);
    Artifact artifact = new Artifact();
    artifact.setPath(published.path());
    artifact.setUrl(published.url());
    artifact.setRevision(revision);
    artifact.setDigest(published.digest());
    artifact.setSize(published.size());
    artifact.setLastUpdateTime(Instant.now().toString());
    setArtifact(name, artifact);
    return artifact;
  }

  /** How many times {@code artifact} was requested from the artifact server. */
  public int downloads(Artifact artifact) {
    return artifacts.requests(artifact.getPath());
  }

  /** Sets (or clears, with null) the artifact in the GitRepository's status. */
  public void setArtifact(String name, Artifact artifact) {
    var repos = client().resources(GitRepository.class).inNamespace(NAMESPACE);
    if (repos.withName(name).get() == null) {
      GitRepository repo = new GitRepository();
      repo.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(NAMESPACE).build());
      GitRepositorySpec spec = new GitRepositorySpec();
      spec.setUrl("https://example.com/" + name);
      spec.setInterval("1m");
      repo.setSpec(spec);
      repos.resource(repo).create();
    }
    repos
        .withName(name)
        .editStatus(
            repo -> {
              GitRepositoryStatus status = new GitRepositoryStatus();
              status.setArtifact(artifact);
              repo.setStatus(status);
              return repo;
            });
  }

  /** Creates a Kustomization on GitRepository {@code source}, interval 10m, prune on. */
  public Kustomization create(String name, String source, Consumer<KustomizationSpec> customize) {
    Kustomization ks = new Kustomization();
    ks.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(NAMESPACE).build());
    KustomizationSpec spec = new KustomizationSpec();
    spec.setInterval("10m");
    spec.setPrune(true);
    CrossNamespaceSourceReference ref = new CrossNamespaceSourceReference();
    ref.setKind(KustomizationSourceKind.GIT_REPOSITORY);
    ref.setName(source);
    spec.setSourceRef(ref);
    customize.accept(spec);
    ks.setSpec(spec);
    return client().resource(ks).create();
  }

  /** Changes the spec of Kustomization {@code name}. */
  public Kustomization update(String name, Consumer<KustomizationSpec> change) {
    return client()
        .resources(Kustomization.class)
        .inNamespace(NAMESPACE)
        .withName(name)
        .edit(
            ks -> {
              change.accept(ks.getSpec());
              return ks;
            });
  }

  /** Runs one reconcile of the current Kustomization {@code name}; returns its new state. */
  public Kustomization reconcile(String name) {
    runner.reconcile(get(name));
    return get(name);
  }

  /** Runs one reconcile and returns when the runtime would run the next one. */
  public Optional<Duration> reconcileForRequeue(String name) {
    return runner.reconcile(get(name));
  }

  /** Runs the deletion clean-up of Kustomization {@code name}; empty when it finished. */
  public Optional<Duration> cleanup(String name) {
    return runner.cleanup(get(name));
  }

  public Kustomization get(String name) {
    return client().resources(Kustomization.class).inNamespace(NAMESPACE).withName(name).get();
  }

  /** The Kubernetes Events recorded about Kustomization {@code name}, oldest first. */
  public List<Event> events(String name) {
    return client().v1().events().inNamespace(NAMESPACE).list().getItems().stream()
        .filter(e -> name.equals(e.getInvolvedObject().getName()))
        .toList();
  }

  @Override
  public void close() {
    if (operator != null) {
      operator.stop();
    }
    events.close();
    extracted.close();
    artifacts.close();
    api.close();
  }
}
