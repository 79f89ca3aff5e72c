package io.fluxjava.apply.health;

import io.fluxjava.apply.ObjectId;
import java.util.Map;

/**
 * Objects that did not become Current: the message is upstream's ({@code timeout waiting for:
 * [Deployment/apps/web status: 'InProgress': Ready: 0/1]}), the statuses say what each one was.
 */
public class HealthCheckException extends RuntimeException {

  private final transient Map<ObjectId, StatusResult> unhealthy;

  public HealthCheckException(String message, Map<ObjectId, StatusResult> unhealthy) {
    super(message);
    this.unhealthy = Map.copyOf(unhealthy);
  }

  /** The last status of every object that was not Current. */
  public Map<ObjectId, StatusResult> unhealthy() {
    return unhealthy;
  }
}
