package io.fluxjava.apply.health;

/** The status of one object and the reason for it, e.g. InProgress / "Ready: 0/1". */
public record StatusResult(HealthStatus status, String message) {

  public static StatusResult current(String message) {
    return new StatusResult(HealthStatus.CURRENT, message);
  }

  public static StatusResult inProgress(String message) {
    return new StatusResult(HealthStatus.IN_PROGRESS, message);
  }

  public static StatusResult failed(String message) {
    return new StatusResult(HealthStatus.FAILED, message);
  }

  public boolean isCurrent() {
    return status == HealthStatus.CURRENT;
  }
}
