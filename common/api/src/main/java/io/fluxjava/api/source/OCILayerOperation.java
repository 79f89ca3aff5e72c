package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** What to do with the selected OCI layer. */
public enum OCILayerOperation {
  @JsonProperty("extract")
  EXTRACT,
  @JsonProperty("copy")
  COPY;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static OCILayerOperation fromJson(String value) {
    return JsonEnums.fromJson(OCILayerOperation.class, value);
  }
}
