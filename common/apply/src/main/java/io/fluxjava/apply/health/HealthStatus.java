package io.fluxjava.apply.health;

/** kstatus's verdict on an object; {@link #label()} is the word upstream prints. */
public enum HealthStatus {
  CURRENT("Current"),
  IN_PROGRESS("InProgress"),
  FAILED("Failed"),
  TERMINATING("Terminating"),
  NOT_FOUND("NotFound"),
  UNKNOWN("Unknown");

  private final String label;

  HealthStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
