package io.fluxjava.apply.health;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fluxjava.apply.ObjectId;
import io.fluxjava.apply.Unstructured;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the Jobs that Kubernetes deletes by itself once finished ({@code
 * spec.ttlSecondsAfterFinished} set, 0 included), whose absence therefore means success.
 */
public final class JobsWithTtl {

  private JobsWithTtl() {}

  public static Set<ObjectId> in(Collection<GenericKubernetesResource> manifests) {
    return manifests.stream()
        .filter(JobsWithTtl::isJobWithTtl)
        .map(ObjectId::of)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static boolean isJobWithTtl(GenericKubernetesResource object) {
    boolean job = "Job".equals(object.getKind()) && object.getApiVersion().startsWith("batch/");
    return job
        && new ObjectFields(Unstructured.toMap(object))
            .number("spec", "ttlSecondsAfterFinished")
            .isPresent();
  }
}
