package io.fluxjava.api.kustomize;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** What happens to applied objects when a Kustomization is deleted. */
public enum DeletionPolicy {
  @JsonProperty("MirrorPrune")
  MIRROR_PRUNE,
  @JsonProperty("Delete")
  DELETE,
  @JsonProperty("WaitForTermination")
  WAIT_FOR_TERMINATION,
  @JsonProperty("Orphan")
  ORPHAN;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static DeletionPolicy fromJson(String value) {
    return JsonEnums.fromJson(DeletionPolicy.class, value);
  }
}
