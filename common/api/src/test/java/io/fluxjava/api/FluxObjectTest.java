package io.fluxjava.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluxjava.api.source.ExternalArtifact;
import io.fluxjava.api.source.GitRepository;
import io.fluxjava.api.source.OCIRepository;
import org.junit.jupiter.api.Test;

/**
 * The runtime reads suspension, the reconcile request and source artifacts the same way for all
 * kinds.
 */
class FluxObjectTest {

  @Test
  void requestedAtIsTheReconcileAnnotation() throws Exception {
    GitRepository repository = read("gitrepository", GitRepository.class);

    assertThat(repository.requestedAt()).isEqualTo("2026-11-28T10:00:00.000000000Z");
    assertThat(new GitRepository().requestedAt()).isNull();
  }

  @Test
  void suspendedFollowsSpecSuspend() throws Exception {
    assertThat(read("ocirepository", OCIRepository.class).suspended()).isTrue();
    assertThat(read("gitrepository", GitRepository.class).suspended()).isFalse();
    assertThat(new GitRepository().suspended()).isFalse();
  }

  @Test
  void sourcesExposeTheArtifactOfTheirStatus() throws Exception {
    assertThat(read("externalartifact", ExternalArtifact.class).artifact().getRevision())
        .isEqualTo(
            "latest@sha256:3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea");
    assertThat(new GitRepository().artifact()).isNull();
  }

  @Test
  void newStatusStartsEmptyAndIsNotSerializedAsFields() throws Exception {
    GitRepository repository = new GitRepository();
    repository.setStatus(repository.newStatus());

    assertThat(ManifestSupport.CLIENT.valueToTree(repository).get("status").isEmpty()).isTrue();
  }

  private static <T> T read(String manifest, Class<T> kind) throws Exception {
    var document = ManifestSupport.documents("/manifests/" + manifest + ".yaml").get(0);
    return ManifestSupport.CLIENT.treeToValue(document, kind);
  }
}
