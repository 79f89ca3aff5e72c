package io.fluxjava.api.kustomize;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What happens to applied objects when a Kustomization is deleted. */
public enum DeletionPolicy {
  @JsonProperty("MirrorPrune")
  MIRROR_PRUNE,
  @JsonProperty("Delete")
  DELETE,
  @JsonProperty("WaitForTermination")
  WAIT_FOR_TERMINATION,
  @JsonProperty("Orphan")
  ORPHAN
}
