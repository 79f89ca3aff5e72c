package io.fluxjava.api.meta;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** Reference to one key of a Secret in the same namespace as the referrer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class SecretKeyReference {
  @Required
  @JsonPropertyDescription("Name of the Secret.")
  private String name;

  @JsonPropertyDescription("Key in the Secret; when empty a kind-specific default key is used.")
  private String key;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    SecretKeyReference that = (SecretKeyReference) o;
    return Objects.equals(name, that.name) && Objects.equals(key, that.key);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, key);
  }
}
