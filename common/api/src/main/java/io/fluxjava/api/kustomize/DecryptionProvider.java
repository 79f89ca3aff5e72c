package io.fluxjava.api.kustomize;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Decryption tools a Kustomization supports. */
public enum DecryptionProvider {
  @JsonProperty("sops")
  SOPS
}
