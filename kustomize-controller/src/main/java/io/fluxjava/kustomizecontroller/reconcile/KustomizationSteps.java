package io.fluxjava.kustomizecontroller.reconcile;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.apply.ApplyOptions;
import io.fluxjava.apply.cluster.TargetClusters;
import io.fluxjava.artifact.ExtractedArtifactCache;
import io.fluxjava.kustomizecontroller.KustomizeControllerOptions;
import io.fluxjava.kustomizecontroller.apply.ManifestApplier;
import io.fluxjava.kustomizecontroller.build.DecryptionKeys;
import io.fluxjava.kustomizecontroller.build.ManifestBuilder;
import io.fluxjava.kustomizecontroller.dependency.DependencyChecker;
import io.fluxjava.kustomizecontroller.source.SourceResolver;
import io.fluxjava.runtime.options.FluxOptions;
import java.time.Clock;
import java.util.List;

/** Assembles the reconcile steps in upstream's order from the controller's flags. */
public final class KustomizationSteps {

  private KustomizationSteps() {}

  /**
   * resolve source → check dependsOn → fetch → build → apply → prune → health.
   *
   * @param stageWait how the apply engine waits for CRDs, Namespaces and classes
   */
  public static List<ReconcileStep> create(
      KubernetesClient client,
      FluxOptions flags,
      KustomizeControllerOptions options,
      ExtractedArtifactCache artifacts,
      ApplyOptions stageWait,
      Clock clock) {
    ApplyOptions applyOptions = stageWait.withOverrideManagers(options.overrideManagers());
    return List.of(
        new ValidateExpressionsStep(),
        new SourceStep(new SourceResolver(flags.noCrossNamespaceRefs())),
        new DependencyStep(new DependencyChecker(client, flags.noCrossNamespaceRefs())),
        new FetchStep(artifacts),
        new BuildStep(
            new ManifestBuilder(
                client,
                new DecryptionKeys(client, options.sopsAgeSecret(), flags.runtimeNamespace()),
                options.strictSubstitution())),
        new ApplyStep(
            new TargetClusters(client, flags.defaultServiceAccount()),
            new ManifestApplier(applyOptions)),
        new PruneStep(),
        new HealthStep(options.healthPollInterval(), options.failFast(), clock));
  }
}
