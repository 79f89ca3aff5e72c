package io.fluxjava.kustomizecontroller.apply;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.kustomize.Kustomization;
import io.fluxjava.api.kustomize.KustomizeMetadata;
import io.fluxjava.api.meta.CommonMetadata;
import io.fluxjava.apply.ApplyEngine;
import io.fluxjava.apply.ApplyOptions;
import io.fluxjava.apply.ChangeSet;
import io.fluxjava.kustomizecontroller.sops.SopsResidueCheck;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies built manifests the way kustomize-controller does: refuses Secrets still SOPS-encrypted,
 * sets {@code spec.commonMetadata} on every object (overriding existing keys), then runs the staged
 * server-side apply with the owner labels and field manager {@code kustomize-controller}.
 */
public final class ManifestApplier {

  private final ApplyOptions baseOptions;

  /** {@code baseOptions} carries the field manager, override managers and stage wait timing. */
  public ManifestApplier(ApplyOptions baseOptions) {
    this.baseOptions = baseOptions;
  }

  /**
   * Applies the objects to the cluster of {@code client}.
   *
   * @throws io.fluxjava.apply.ApplyException naming the first object that failed
   * @throws io.fluxjava.kustomizecontroller.sops.SopsException for a still-encrypted Secret
   */
  public ChangeSet apply(
      Kustomization kustomization, List<Map<String, Object>> objects, KubernetesClient client)
      throws InterruptedException {
    objects.forEach(SopsResidueCheck::verify);
    List<GenericKubernetesResource> manifests =
        objects.stream()
            .map(
                o ->
                    client
                        .getKubernetesSerialization()
                        .convertValue(o, GenericKubernetesResource.class))
            .toList();
    CommonMetadata common = kustomization.getSpec().getCommonMetadata();
    if (common != null) {
      manifests.forEach(m -> setCommonMetadata(m, common));
    }
    ApplyOptions options =
        baseOptions
            .withForce(Boolean.TRUE.equals(kustomization.getSpec().getForce()))
            .withOwnerLabels(ownerLabels(kustomization));
    return new ApplyEngine(client).apply(manifests, options);
  }

  /** The labels that mark objects as applied (and prunable) by this Kustomization. */
  public static Map<String, String> ownerLabels(Kustomization kustomization) {
    return Map.of(
        KustomizeMetadata.NAME_LABEL, kustomization.getMetadata().getName(),
        KustomizeMetadata.NAMESPACE_LABEL, kustomization.getMetadata().getNamespace());
  }

  private static void setCommonMetadata(GenericKubernetesResource object, CommonMetadata common) {
    if (common.getLabels() != null && !common.getLabels().isEmpty()) {
      Map<String, String> labels = new HashMap<>();
      if (object.getMetadata().getLabels() != null) {
        labels.putAll(object.getMetadata().getLabels());
      }
      labels.putAll(common.getLabels());
      object.getMetadata().setLabels(labels);
    }
    if (common.getAnnotations() != null && !common.getAnnotations().isEmpty()) {
      Map<String, String> annotations = new HashMap<>();
      if (object.getMetadata().getAnnotations() != null) {
        annotations.putAll(object.getMetadata().getAnnotations());
      }
      annotations.putAll(common.getAnnotations());
      object.getMetadata().setAnnotations(annotations);
    }
  }
}
