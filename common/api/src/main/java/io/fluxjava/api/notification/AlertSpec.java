package io.fluxjava.api.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fluxjava.api.meta.LocalObjectReference;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Desired state of an Alert. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class AlertSpec {
  @Required
  @JsonPropertyDescription("Provider that sends the notifications.")
  private LocalObjectReference providerRef;

  @Default("info")
  @JsonPropertyDescription("Minimum severity forwarded: info or error.")
  private EventSeverity eventSeverity;

  @Required
  @JsonPropertyDescription("Objects whose events are forwarded.")
  private List<CrossNamespaceObjectReference> eventSources;

  @JsonPropertyDescription("Regular expressions; only matching event messages are forwarded.")
  private List<String> inclusionList;

  @JsonPropertyDescription("Regular expressions; matching event messages are dropped.")
  private List<String> exclusionList;

  @JsonPropertyDescription("Metadata added to every forwarded event.")
  private Map<String, String> eventMetadata;

  @Size(max = 255)
  @JsonPropertyDescription("Deprecated: use eventMetadata.")
  private String summary;

  @JsonPropertyDescription("Stops forwarding when true.")
  private Boolean suspend;

  public LocalObjectReference getProviderRef() {
    return providerRef;
  }

  public void setProviderRef(LocalObjectReference providerRef) {
    this.providerRef = providerRef;
  }

  public EventSeverity getEventSeverity() {
    return eventSeverity;
  }

  public void setEventSeverity(EventSeverity eventSeverity) {
    this.eventSeverity = eventSeverity;
  }

  public List<CrossNamespaceObjectReference> getEventSources() {
    return eventSources;
  }

  public void setEventSources(List<CrossNamespaceObjectReference> eventSources) {
    this.eventSources = eventSources;
  }

  public List<String> getInclusionList() {
    return inclusionList;
  }

  public void setInclusionList(List<String> inclusionList) {
    this.inclusionList = inclusionList;
  }

  public List<String> getExclusionList() {
    return exclusionList;
  }

  public void setExclusionList(List<String> exclusionList) {
    this.exclusionList = exclusionList;
  }

  public Map<String, String> getEventMetadata() {
    return eventMetadata;
  }

  public void setEventMetadata(Map<String, String> eventMetadata) {
    this.eventMetadata = eventMetadata;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
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
    AlertSpec that = (AlertSpec) o;
    return Objects.equals(providerRef, that.providerRef)
        && Objects.equals(eventSeverity, that.eventSeverity)
        && Objects.equals(eventSources, that.eventSources)
        && Objects.equals(inclusionList, that.inclusionList)
        && Objects.equals(exclusionList, that.exclusionList)
        && Objects.equals(eventMetadata, that.eventMetadata)
        && Objects.equals(summary, that.summary)
        && Objects.equals(suspend, that.suspend);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        providerRef,
        eventSeverity,
        eventSources,
        inclusionList,
        exclusionList,
        eventMetadata,
        summary,
        suspend);
  }
}
