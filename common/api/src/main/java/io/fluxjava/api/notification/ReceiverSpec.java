package io.fluxjava.api.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;
import io.fluxjava.api.ReconcilableSpec;
import io.fluxjava.api.meta.Durations;
import io.fluxjava.api.meta.LocalObjectReference;
import java.util.List;
import java.util.Objects;

/** Desired state of a Receiver. */
@ValidationRule(
    value =
        "self.type != 'generic-oidc' || (has(self.oidcProviders) && size(self.oidcProviders) > 0)",
    message = "generic-oidc receivers must define at least one oidcProvider")
@ValidationRule(
    value =
        "self.type == 'generic-oidc' || !has(self.oidcProviders) || size(self.oidcProviders) == 0",
    message = "oidcProviders can only be set when type is generic-oidc")
@ValidationRule(
    value = "self.type == 'generic-oidc' || has(self.secretRef)",
    message = "secretRef is required when type is not generic-oidc")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ReceiverSpec implements ReconcilableSpec {
  @Required
  @JsonPropertyDescription("Type of webhook sender.")
  private ReceiverType type;

  @Pattern(Durations.PATTERN)
  @Default("10m")
  @JsonPropertyDescription("How often the Secret references are reconciled.")
  private String interval;

  @JsonPropertyDescription("Event types handled, e.g. push.")
  private List<String> events;

  @Required
  @JsonPropertyDescription("Objects reconciled on a valid request.")
  private List<CrossNamespaceObjectReference> resources;

  @JsonPropertyDescription("CEL expression deciding per resource whether it is reconciled.")
  private String resourceFilter;

  @JsonPropertyDescription("Secret with the 'token' key; required unless generic-oidc.")
  private LocalObjectReference secretRef;

  @JsonPropertyDescription("OIDC issuers of a generic-oidc Receiver.")
  private List<OIDCProvider> oidcProviders;

  @JsonPropertyDescription("Stops handling requests when true.")
  private Boolean suspend;

  public ReceiverType getType() {
    return type;
  }

  public void setType(ReceiverType type) {
    this.type = type;
  }

  public String getInterval() {
    return interval;
  }

  public void setInterval(String interval) {
    this.interval = interval;
  }

  public List<String> getEvents() {
    return events;
  }

  public void setEvents(List<String> events) {
    this.events = events;
  }

  public List<CrossNamespaceObjectReference> getResources() {
    return resources;
  }

  public void setResources(List<CrossNamespaceObjectReference> resources) {
    this.resources = resources;
  }

  public String getResourceFilter() {
    return resourceFilter;
  }

  public void setResourceFilter(String resourceFilter) {
    this.resourceFilter = resourceFilter;
  }

  public LocalObjectReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(LocalObjectReference secretRef) {
    this.secretRef = secretRef;
  }

  public List<OIDCProvider> getOidcProviders() {
    return oidcProviders;
  }

  public void setOidcProviders(List<OIDCProvider> oidcProviders) {
    this.oidcProviders = oidcProviders;
  }

  public Boolean getSuspend() {
    return suspend;
  }

  public void setSuspend(Boolean suspend) {
    this.suspend = suspend;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ReceiverSpec that = (ReceiverSpec) o;
    return Objects.equals(type, that.type)
        && Objects.equals(interval, that.interval)
        && Objects.equals(events, that.events)
        && Objects.equals(resources, that.resources)
        && Objects.equals(resourceFilter, that.resourceFilter)
        && Objects.equals(secretRef, that.secretRef)
        && Objects.equals(oidcProviders, that.oidcProviders)
        && Objects.equals(suspend, that.suspend);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        type, interval, events, resources, resourceFilter, secretRef, oidcProviders, suspend);
  }
}
