package io.fluxjava.api.meta;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** Issuer and subject regular expressions a keyless signature must match. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class OIDCIdentityMatch {
  @Required
  @JsonPropertyDescription("Regular expression for the OIDC issuer.")
  private String issuer;

  @Required
  @JsonPropertyDescription("Regular expression for the OIDC subject.")
  private String subject;

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    OIDCIdentityMatch that = (OIDCIdentityMatch) o;
    return Objects.equals(issuer, that.issuer) && Objects.equals(subject, that.subject);
  }

  @Override
  public int hashCode() {
    return Objects.hash(issuer, subject);
  }
}
