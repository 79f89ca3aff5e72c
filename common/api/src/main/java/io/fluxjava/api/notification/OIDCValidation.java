package io.fluxjava.api.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** A CEL rule the claims of an OIDC token must satisfy. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class OIDCValidation {
  @Required
  @JsonPropertyDescription("CEL boolean expression.")
  private String expression;

  @Required
  @JsonPropertyDescription("Message returned when the expression is false.")
  private String message;

  public String getExpression() {
    return expression;
  }

  public void setExpression(String expression) {
    this.expression = expression;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    OIDCValidation that = (OIDCValidation) o;
    return Objects.equals(expression, that.expression) && Objects.equals(message, that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(expression, message);
  }
}
