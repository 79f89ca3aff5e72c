package io.fluxjava.source.git.reconcile;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fluxjava.api.source.GitRepository;
import io.fluxjava.api.source.GitRepositorySpec;
import io.fluxjava.source.storage.RetentionPolicy;
import io.fluxjava.source.support.SourceFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The {@link SourceFixture} with the GitRepository reconciler, in GitRepository terms. */
final class GitRepositoryFixture implements AutoCloseable {

  private final SourceFixture source;

  GitRepositoryFixture(Path storageRoot) {
    source = new SourceFixture(storageRoot);
    source.register(
        new GitRepositoryConfiguration()
            .gitRepositoryReconciler(source.client(), source.storage(), RetentionPolicy.DEFAULT));
  }

  /** Creates a GitRepository with interval 1m on {@code url}. */
  GitRepository create(String name, String url, Consumer<GitRepositorySpec> customize) {
    GitRepository repo = new GitRepository();
    repo.setMetadata(new ObjectMetaBuilder().withName(name).build());
    GitRepositorySpec spec = new GitRepositorySpec();
    spec.setUrl(url);
    spec.setInterval("1m");
    customize.accept(spec);
    repo.setSpec(spec);
    return source.create(repo);
  }

  /** Changes the spec of GitRepository {@code name}. */
  GitRepository update(String name, Consumer<GitRepositorySpec> change) {
    return source
        .client()
        .resources(GitRepository.class)
        .inNamespace(SourceFixture.NAMESPACE)
        .withName(name)
        .edit(
            repo -> {
              change.accept(repo.getSpec());
              return repo;
            });
  }

  /** Creates a Secret with string data. */
  void secret(String name, Map<String, String> data) {
    source.secret(name, data);
  }

  /** Runs one reconcile of GitRepository {@code name}; returns its new state. */
  GitRepository reconcile(String name) {
    return source.reconcile(GitRepository.class, name);
  }

  /** Runs the deletion clean-up of GitRepository {@code name}. */
  void cleanup(String name) {
    source.cleanup(GitRepository.class, name);
  }

  GitRepository get(String name) {
    return source.get(GitRepository.class, name);
  }

  /** The Kubernetes Events recorded about GitRepository {@code name}, oldest first. */
  List<Event> events(String name) {
    return source.events(name);
  }

  @Override
  public void close() {
    source.close();
  }
}
