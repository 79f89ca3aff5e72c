package io.fluxjava.api.meta;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** CEL expressions that judge the health of objects of a custom kind. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class CustomHealthCheck {
  @Required
  @JsonPropertyDescription("API version of the kind; only the group is used.")
  private String apiVersion;

  @Required
  @JsonPropertyDescription("Kind the expressions apply to.")
  private String kind;

  @Required
  @JsonPropertyDescription("CEL expression true when the object is healthy.")
  private String current;

  @JsonPropertyDescription("CEL expression true while the object is progressing.")
  private String inProgress;

  @JsonPropertyDescription("CEL expression true when the object failed.")
  private String failed;

  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getInProgress() {
    return inProgress;
  }

  public void setInProgress(String inProgress) {
    this.inProgress = inProgress;
  }

  public String getFailed() {
    return failed;
  }

  public void setFailed(String failed) {
    this.failed = failed;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    CustomHealthCheck that = (CustomHealthCheck) o;
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(kind, that.kind)
        && Objects.equals(current, that.current)
        && Objects.equals(inProgress, that.inProgress)
        && Objects.equals(failed, that.failed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, kind, current, inProgress, failed);
  }
}
