package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

/** Selects the layer of an OCI artifact to store. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class OCILayerSelector {
  @JsonPropertyDescription("Media type of the layer; the first layer when empty.")
  private String mediaType;

  @JsonPropertyDescription("extract (default) or copy the layer.")
  private OCILayerOperation operation;

  public String getMediaType() {
    return mediaType;
  }

  public void setMediaType(String mediaType) {
    this.mediaType = mediaType;
  }

  public OCILayerOperation getOperation() {
    return operation;
  }

  public void setOperation(OCILayerOperation operation) {
    this.operation = operation;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    OCILayerSelector that = (OCILayerSelector) o;
    return Objects.equals(mediaType, that.mediaType) && Objects.equals(operation, that.operation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mediaType, operation);
  }
}
