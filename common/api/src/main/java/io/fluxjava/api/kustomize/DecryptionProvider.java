package io.fluxjava.api.kustomize;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** Decryption tools a Kustomization supports. */
public enum DecryptionProvider {
  @JsonProperty("sops")
  SOPS;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static DecryptionProvider fromJson(String value) {
    return JsonEnums.fromJson(DecryptionProvider.class, value);
  }
}
