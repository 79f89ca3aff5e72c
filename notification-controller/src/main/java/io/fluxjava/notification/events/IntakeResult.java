package io.fluxjava.notification.events;

/** What the event server answers for a posted event. */
public enum IntakeResult {
  /** 202: valid and new; routed to the matching Alerts. */
  ACCEPTED(202),
  /** 429: the same event was already accepted within the rate-limit interval. */
  DUPLICATE(429),
  /** 400: bad JSON or a required field missing. */
  INVALID(400);

  private final int httpStatus;

  IntakeResult(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  /** The HTTP status of this result. */
  public int httpStatus() {
    return httpStatus;
  }
}
