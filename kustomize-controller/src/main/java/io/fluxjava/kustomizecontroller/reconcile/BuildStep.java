package io.fluxjava.kustomizecontroller.reconcile;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fluxjava.api.kustomize.KustomizationReasons;
import io.fluxjava.kustomizecontroller.build.BuildException;
import io.fluxjava.kustomizecontroller.build.ManifestBuilder;
import io.fluxjava.runtime.ReconcileResult;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Builds the manifests; a broken revision stops here, before anything is applied or pruned. */
final class BuildStep implements ReconcileStep {

  private final ManifestBuilder builder;

  BuildStep(ManifestBuilder builder) {
    this.builder = builder;
  }

  @Override
  public Optional<ReconcileResult> run(KustomizationRun run) {
    Progress.mark(run, "Building manifests");
    try {
      run.build(builder.build(run.kustomization(), run.source()));
      return Optional.empty();
    } catch (BuildException | KubernetesClientException | UncheckedIOException e) {
      return Optional.of(
          ReconcileResult.failure(KustomizationReasons.BUILD_FAILED, e.getMessage()));
    }
  }
}
