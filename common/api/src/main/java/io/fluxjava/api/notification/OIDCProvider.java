package io.fluxjava.api.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import java.util.List;
import java.util.Objects;

/** An OIDC issuer trusted by a generic-oidc Receiver. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class OIDCProvider {
  @Required
  @Pattern("^https?://")
  @JsonPropertyDescription("Issuer URL; must match the iss claim.")
  private String issuerURL;

  @JsonPropertyDescription("Expected aud claim; 'notification-controller' by default.")
  private String audience;

  @JsonPropertyDescription("Named CEL expressions usable in validations.")
  private List<OIDCVariable> variables;

  @Required
  @JsonPropertyDescription("Rules the token claims must satisfy.")
  private List<OIDCValidation> validations;

  public String getIssuerURL() {
    return issuerURL;
  }

  public void setIssuerURL(String issuerURL) {
    this.issuerURL = issuerURL;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public List<OIDCVariable> getVariables() {
    return variables;
  }

  public void setVariables(List<OIDCVariable> variables) {
    this.variables = variables;
  }

  public List<OIDCValidation> getValidations() {
    return validations;
  }

  public void setValidations(List<OIDCValidation> validations) {
    this.validations = validations;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    OIDCProvider that = (OIDCProvider) o;
    return Objects.equals(issuerURL, that.issuerURL)
        && Objects.equals(audience, that.audience)
        && Objects.equals(variables, that.variables)
        && Objects.equals(validations, that.validations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(issuerURL, audience, variables, validations);
  }
}
