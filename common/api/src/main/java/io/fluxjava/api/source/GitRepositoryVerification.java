package io.fluxjava.api.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.fluxjava.api.meta.LocalObjectReference;
import java.util.Objects;

/** Signature verification of Git commits or tags. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class GitRepositoryVerification {
  @Default("HEAD")
  @JsonPropertyDescription("What to verify.")
  private GitVerificationMode mode;

  @Required
  @JsonPropertyDescription("Secret holding the trusted PGP (.asc) or SSH (.sshpub) keys.")
  private LocalObjectReference secretRef;

  public GitVerificationMode getMode() {
    return mode;
  }

  public void setMode(GitVerificationMode mode) {
    this.mode = mode;
  }

  public LocalObjectReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(LocalObjectReference secretRef) {
    this.secretRef = secretRef;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    GitRepositoryVerification that = (GitRepositoryVerification) o;
    return Objects.equals(mode, that.mode) && Objects.equals(secretRef, that.secretRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, secretRef);
  }
}
