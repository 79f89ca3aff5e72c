package io.fluxjava.apply.health;

import java.util.Objects;

/**
 * One entry of {@code spec.healthCheckExprs}: CEL expressions that judge objects of one
 * apiVersion/kind instead of kstatus. {@code current} is required; the others may be empty.
 */
public record CelHealthCheck(
    String apiVersion, String kind, String current, String inProgress, String failed) {

  public CelHealthCheck {
    Objects.requireNonNull(apiVersion, "apiVersion");
    Objects.requireNonNull(kind, "kind");
    inProgress = Objects.requireNonNullElse(inProgress, "");
    failed = Objects.requireNonNullElse(failed, "");
    if (current == null || current.isBlank()) {
      throw new IllegalArgumentException("expression Current not specified");
    }
  }
}
