package io.fluxjava.apply;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;

/**
 * The fields of an object that drift detection leaves out of the comparison, as JSON pointers (RFC
 * 6901), e.g. {@code /spec/replicas}.
 */
@FunctionalInterface
public interface IgnoredFields {

  /** The pointers ignored for this desired object; empty when every field counts. */
  List<String> pointersFor(GenericKubernetesResource desired);

  /** Every field counts. */
  static IgnoredFields none() {
    return desired -> List.of();
  }
}
