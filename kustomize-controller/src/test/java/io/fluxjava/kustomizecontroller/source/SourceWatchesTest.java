package io.fluxjava.kustomizecontroller.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fluxjava.api.kustomize.CrossNamespaceSourceReference;
import io.fluxjava.api.kustomize.Kustomization;
import io.fluxjava.api.kustomize.KustomizationSourceKind;
import io.fluxjava.api.kustomize.KustomizationSpec;
import io.fluxjava.api.meta.Artifact;
import io.fluxjava.api.source.GitRepository;
import io.fluxjava.api.source.GitRepositoryStatus;
import io.fluxjava.api.source.OCIRepository;
import io.fluxjava.runtime.DependencyWatch;
import io.fluxjava.runtime.ObjectKey;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which source changes trigger which Kustomizations. */
class SourceWatchesTest {

  @Test
  void aGitRepositoryTriggersTheKustomizationsThatReferenceIt() {
    Kustomization sameNamespace =
        kustomization("apps", null, KustomizationSourceKind.GIT_REPOSITORY);
    Kustomization otherNamespace =
        kustomization("apps", "sources", KustomizationSourceKind.GIT_REPOSITORY);
    Kustomization oci = kustomization("apps", null, KustomizationSourceKind.OCI_REPOSITORY);

    DependencyWatch<?, Kustomization> git = watchOf(GitRepository.class);
    DependencyWatch<?, Kustomization> ociWatch = watchOf(OCIRepository.class);

    assertThat(git.references(sameNamespace))
        .containsExactly(new ObjectKey("flux-system", "fleet"));
    assertThat(git.references(otherNamespace)).containsExactly(new ObjectKey("sources", "fleet"));
    assertThat(git.references(oci)).isEmpty();
    assertThat(ociWatch.references(oci)).isEqualTo(Set.of(new ObjectKey("flux-system", "fleet")));
  }

  @Test
  void onlyTheRevisionMattersNotTheDigest() {
    @SuppressWarnings("unchecked")
    DependencyWatch<GitRepository, Kustomization> git =
        (DependencyWatch<GitRepository, Kustomization>) watchOf(GitRepository.class);

    assertThat(git.trackedValue(repo(null, null))).isNull();
    assertThat(git.trackedValue(repo("main@sha1:1", "sha256:a")))
        .isEqualTo(git.trackedValue(repo("main@sha1:1", "sha256:b")))
        .isNotEqualTo(git.trackedValue(repo("main@sha1:2", "sha256:a")));
  }

  private static DependencyWatch<?, Kustomization> watchOf(Class<?> type) {
    return SourceWatches.all().stream()
        .filter(w -> w.dependencyType() == type)
        .findFirst()
        .orElseThrow();
  }

  private static GitRepository repo(String revision, String digest) {
    GitRepository repo = new GitRepository();
    GitRepositoryStatus status = new GitRepositoryStatus();
    if (revision != null) {
      Artifact artifact = new Artifact();
      artifact.setRevision(revision);
      artifact.setDigest(digest);
      status.setArtifact(artifact);
    }
    repo.setStatus(status);
    return repo;
  }

  private static Kustomization kustomization(
      String name, String sourceNamespace, KustomizationSourceKind kind) {
    Kustomization ks = new Kustomization();
    ks.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace("flux-system").build());
    CrossNamespaceSourceReference ref = new CrossNamespaceSourceReference();
    ref.setKind(kind);
    ref.setName("fleet");
    ref.setNamespace(sourceNamespace);
    KustomizationSpec spec = new KustomizationSpec();
    spec.setSourceRef(ref);
    ks.setSpec(spec);
    return ks;
  }
}
