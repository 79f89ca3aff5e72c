package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What to do with the selected OCI layer. */
public enum OCILayerOperation {
  @JsonProperty("extract")
  EXTRACT,
  @JsonProperty("copy")
  COPY
}
