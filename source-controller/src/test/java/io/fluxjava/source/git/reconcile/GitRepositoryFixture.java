package io.fluxjava.source.git.reconcile;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.source.GitRepository;
import io.fluxjava.api.source.GitRepositorySpec;
import io.fluxjava.runtime.ReconcileRunner;
import io.fluxjava.runtime.RequeuePolicy;
import io.fluxjava.runtime.events.FluxEventRecorder;
import io.fluxjava.runtime.metrics.ReconcileMetrics;
import io.fluxjava.runtime.options.FluxOptions;
import io.fluxjava.source.server.ArtifactServerRoutes;
import io.fluxjava.source.storage.ArtifactStorage;
import io.fluxjava.source.storage.ArtifactUrls;
import io.fluxjava.source.storage.DigestAlgorithm;
import io.fluxjava.source.storage.RetentionPolicy;
import io.fluxjava.testkit.InMemoryApiServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.reactive.function.server.RouterFunctions;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A source-controller against the in-memory API server, driven one reconcile at a time, with its
 * artifact storage in a temporary directory served by the real artifact routes on loopback.
 */
final class GitRepositoryFixture implements AutoCloseable {

  static final String NAMESPACE = "flux-system";
  private static final Path CRDS = Path.of("..", "helm-chart", "crds");

  private final InMemoryApiServer api;
  private final ArtifactStorage storage;
  private final DisposableServer artifactServer;
  private final FluxEventRecorder events;
  private final ReconcileRunner<GitRepository> runner;

  GitRepositoryFixture(Path storageRoot) {
    api = InMemoryApiServer.start();
    api.installCrds(CRDS);
    client()
        .namespaces()
        .resource(
            new NamespaceBuilder().withNewMetadata().withName(NAMESPACE).endMetadata().build())
        .create();
    ArtifactStorage routesStorage =
        new ArtifactStorage(
            storageRoot,
            ArtifactUrls.of(":0", "", "pod"),
            DigestAlgorithm.SHA256,
            Clock.systemUTC());
    artifactServer =
        HttpServer.create()
            .host("127.0.0.1")
            .port(0)
            .handle(
                new ReactorHttpHandlerAdapter(
                    RouterFunctions.toHttpHandler(
                        new ArtifactServerRoutes().artifactRoutes(routesStorage))))
            .bindNow();
    storage =
        new ArtifactStorage(
            storageRoot,
            ArtifactUrls.of(":9090", "127.0.0.1:" + artifactServer.port(), "pod"),
            DigestAlgorithm.SHA256,
            Clock.systemUTC());
    FluxOptions options = FluxOptions.from(Map.<String, String>of()::get, "source-controller");
    events = new FluxEventRecorder(client(), "source-controller", "", "test", Clock.systemUTC());
    GitRepositoryReconciler reconciler =
        new GitRepositoryConfiguration()
            .gitRepositoryReconciler(client(), storage, RetentionPolicy.DEFAULT);
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

  KubernetesClient client() {
    return api.client();
  }

  ArtifactStorage storage() {
    return storage;
  }

  /** Creates a GitRepository with interval 1m on {@code url}. */
  GitRepository create(String name, String url, Consumer<GitRepositorySpec> customize) {
    GitRepository repo = new GitRepository();
    repo.setMetadata(
        new ObjectMetaBuilder().withName(name).withNamespace(NAMESPACE).withGeneration(1L).build());
    GitRepositorySpec spec = new GitRepositorySpec();
    spec.setUrl(url);
    spec.setInterval("1m");
    customize.accept(spec);
    repo.setSpec(spec);
    return client().resource(repo).create();
  }

  /** Changes the spec of GitRepository {@code name}. */
  GitRepository update(String name, Consumer<GitRepositorySpec> change) {
    return client()
        .resources(GitRepository.class)
        .inNamespace(NAMESPACE)
        .withName(name)
        .edit(
            repo -> {
              change.accept(repo.getSpec());
              return repo;
            });
  }

  /** Creates a Secret with string data. */
  void secret(String name, Map<String, String> data) {
    client()
        .secrets()
        .inNamespace(NAMESPACE)
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName(name)
                .endMetadata()
                .withStringData(data)
                .build())
        .create();
  }

  /** Runs one reconcile of GitRepository {@code name}; returns its new state. */
  GitRepository reconcile(String name) {
    runner.reconcile(get(name));
    return get(name);
  }

  /** Runs the deletion clean-up of GitRepository {@code name}. */
  void cleanup(String name) {
    runner.cleanup(get(name));
  }

  GitRepository get(String name) {
    return client().resources(GitRepository.class).inNamespace(NAMESPACE).withName(name).get();
  }

  /** The Kubernetes Events recorded about GitRepository {@code name}, oldest first. */
  List<Event> events(String name) {
    return client().v1().events().inNamespace(NAMESPACE).list().getItems().stream()
        .filter(e -> name.equals(e.getInvolvedObject().getName()))
        .toList();
  }

  @Override
  public void close() {
    events.close();
    artifactServer.disposeNow();
    api.close();
  }
}
