package io.fluxjava.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fluxjava.api.kustomize.Kustomization;
import org.junit.jupiter.api.Test;

/**
 * Fields a newer Flux (or a typo) adds must not stop an object from loading: one object that fails
 * to deserialize would stop the informer's list for the whole kind.
 */
class UnknownFieldsTest {

  @Test
  void kustomizationWithUnknownFieldsLoadsWithItsKnownFields() throws Exception {
    ObjectNode manifest = ManifestSupport.documents("/manifests/unknown-fields.yaml").get(0);

    Kustomization kustomization = ManifestSupport.CLIENT.treeToValue(manifest, Kustomization.class);

    assertThat(kustomization.getSpec().getPath()).isEqualTo("./apps");
    assertThat(kustomization.getSpec().getSourceRef().getName()).isEqualTo("fleet");
    assertThat(kustomization.getSpec().getPatches())
        .singleElement()
        .satisfies(patch -> assertThat(patch.getTarget().getKind()).isEqualTo("Deployment"));
    assertThat(kustomization.getStatus().getLastAppliedRevision()).isEqualTo("main@sha1:0123456");
    assertThat(kustomization.getStatus().getInventory().getEntries()).hasSize(1);
  }

  @Test
  void enumValueFromANewerVersionReadsAsAbsent() throws Exception {
    ObjectNode manifest = ManifestSupport.documents("/manifests/unknown-fields.yaml").get(0);

    Kustomization kustomization = ManifestSupport.CLIENT.treeToValue(manifest, Kustomization.class);

    assertThat(manifest.at("/spec/deletionPolicy").asText()).isEqualTo("KeepForever");
    assertThat(kustomization.getSpec().getDeletionPolicy()).isNull();
    assertThat(kustomization.getSpec().getPrune()).isTrue();
  }
}
