package io.fluxjava.source.support;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.meta.Artifact;
import io.fluxjava.runtime.FluxReconciler;
import io.fluxjava.runtime.ReconcileRunner;
import io.fluxjava.runtime.RequeuePolicy;
import io.fluxjava.runtime.events.FluxEventRecorder;
import io.fluxjava.runtime.metrics.ReconcileMetrics;
import io.fluxjava.runtime.options.FluxOptions;
import io.fluxjava.source.server.ArtifactServerRoutes;
import io.fluxjava.source.storage.ArtifactStorage;
import io.fluxjava.source.storage.ArtifactUrls;
import io.fluxjava.source.storage.DigestAlgorithm;
import io.fluxjava.testkit.InMemoryApiServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.reactive.function.server.RouterFunctions;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A source-controller for any source kind against the in-memory API server, driven one reconcile at
 * a time, with artifact storage in a temporary directory served by the real artifact routes on
 * loopback.
 */
public final class SourceFixture implements AutoCloseable {

  public static final String NAMESPACE = "flux-system";
  private static final Path CRDS = Path.of("..", "helm-chart", "crds");

  private final InMemoryApiServer api;
  private final ArtifactStorage storage;
  private final DisposableServer artifactServer;
  private final FluxEventRecorder events;
  private final Map<Class<?>, ReconcileRunner<?>> runners = new HashMap<>();

  public SourceFixture(Path storageRoot) {
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
    events = new FluxEventRecorder(client(), "source-controller", "", "test", Clock.systemUTC());
  }

  public KubernetesClient client() {
    return api.client();
  }

  public ArtifactStorage storage() {
    return storage;
  }

  /** Registers the reconciler that {@link #reconcile} runs for its kind. */
  public <T extends CustomResource<?, ?>> void register(FluxReconciler<T> reconciler) {
    runners.put(
        reconciler.resourceType(),
        new ReconcileRunner<>(
            reconciler,
            client(),
            FluxOptions.from(Map.<String, String>of()::get, "source-controller"),
            events,
            new ReconcileMetrics(new SimpleMeterRegistry()),
            new RequeuePolicy(0, Duration.ofMillis(750), Duration.ofMinutes(15), new Random()),
            Clock.systemUTC()));
  }

  /** Creates an object in the fixture namespace. */
  public <T extends CustomResource<?, ?>> T create(T obj) {
    obj.getMetadata().setNamespace(NAMESPACE);
    obj.getMetadata().setGeneration(1L);
    return client().resource(obj).create();
  }

  /** Runs one reconcile of the named object; returns its new state. */
  @SuppressWarnings("unchecked")
  public <T extends CustomResource<?, ?>> T reconcile(Class<T> type, String name) {
    ReconcileRunner<T> runner = (ReconcileRunner<T>) runners.get(type);
    runner.reconcile(get(type, name));
    return get(type, name);
  }

  /** Runs the deletion clean-up of the named object. */
  @SuppressWarnings("unchecked")
  public <T extends CustomResource<?, ?>> void cleanup(Class<T> type, String name) {
    ((ReconcileRunner<T>) runners.get(type)).cleanup(get(type, name));
  }

  public <T extends CustomResource<?, ?>> T get(Class<T> type, String name) {
    return client().resources(type).inNamespace(NAMESPACE).withName(name).get();
  }

  /** Creates a Secret with string data. */
  public void secret(String name, Map<String, String> data) {
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

  /** The Kubernetes Events recorded about the named object, oldest first. */
  public List<Event> events(String name) {
    return client().v1().events().inNamespace(NAMESPACE).list().getItems().stream()
        .filter(e -> name.equals(e.getInvolvedObject().getName()))
        .toList();
  }

  /** Downloads an artifact from the artifact server and checks its digest. */
  public byte[] download(Artifact artifact) {
    try {
      HttpResponse<byte[]> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(artifact.getUrl())).build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(artifact.getUrl() + ": " + response.statusCode());
      }
      String digest =
          "sha256:"
              + java.util.HexFormat.of()
                  .formatHex(MessageDigest.getInstance("SHA-256").digest(response.body()));
      if (!digest.equals(artifact.getDigest())) {
        throw new IllegalStateException("digest " + digest + " != " + artifact.getDigest());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    events.close();
    artifactServer.disposeNow();
    api.close();
  }
}
