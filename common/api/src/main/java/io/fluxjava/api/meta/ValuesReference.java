package io.fluxjava.api.meta;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.Objects;

/** Reference to Helm values held in a Secret or ConfigMap. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ValuesReference {
  @Required
  @JsonPropertyDescription("Kind of the values referent.")
  private ValuesReferenceKind kind;

  @Required
  @Size(min = 1, max = 253)
  @JsonPropertyDescription("Name of the values referent, in the same namespace.")
  private String name;

  @Size(max = 253)
  @Pattern("^[\\-._a-zA-Z0-9]+$")
  @JsonPropertyDescription("Data key holding the values; defaults to 'values.yaml'.")
  private String valuesKey;

  @Size(max = 250)
  @Pattern("^([a-zA-Z0-9_\\-.\\\\\\/]|\\[[0-9]{1,5}\\])+$")
  @JsonPropertyDescription("YAML dot notation path at which the value is merged.")
  private String targetPath;

  @JsonPropertyDescription("Whether a missing referent or key is tolerated.")
  private Boolean optional;

  @JsonPropertyDescription(
      "Whether the value is set at targetPath as a literal string instead of parsed YAML.")
  private Boolean literal;

  public ValuesReferenceKind getKind() {
    return kind;
  }

  public void setKind(ValuesReferenceKind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getValuesKey() {
    return valuesKey;
  }

  public void setValuesKey(String valuesKey) {
    this.valuesKey = valuesKey;
  }

  public String getTargetPath() {
    return targetPath;
  }

  public void setTargetPath(String targetPath) {
    this.targetPath = targetPath;
  }

  public Boolean getOptional() {
    return optional;
  }

  public void setOptional(Boolean optional) {
    this.optional = optional;
  }

  public Boolean getLiteral() {
    return literal;
  }

  public void setLiteral(Boolean literal) {
    this.literal = literal;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ValuesReference that = (ValuesReference) o;
    return Objects.equals(kind, that.kind)
        && Objects.equals(name, that.name)
        && Objects.equals(valuesKey, that.valuesKey)
        && Objects.equals(targetPath, that.targetPath)
        && Objects.equals(optional, that.optional)
        && Objects.equals(literal, that.literal);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, name, valuesKey, targetPath, optional, literal);
  }
}
