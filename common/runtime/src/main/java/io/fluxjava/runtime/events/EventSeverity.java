package io.fluxjava.runtime.events;

/** Severity of a Flux event and the Kubernetes Event type it is recorded as. */
public enum EventSeverity {
  /** A normal change; Kubernetes type Normal, posted as {@code info}. */
  INFO("info", "Normal"),
  /** A failure; Kubernetes type Warning, posted as {@code error}. */
  ERROR("error", "Warning"),
  /** Detail for humans only; recorded as a Normal Kubernetes Event, never posted. */
  TRACE("trace", "Normal");

  private final String wireName;
  private final String kubernetesType;

  EventSeverity(String wireName, String kubernetesType) {
    this.wireName = wireName;
    this.kubernetesType = kubernetesType;
  }

  /** The {@code severity} field of the posted JSON. */
  public String wireName() {
    return wireName;
  }

  /** The {@code type} of the Kubernetes Event. */
  public String kubernetesType() {
    return kubernetesType;
  }
}
