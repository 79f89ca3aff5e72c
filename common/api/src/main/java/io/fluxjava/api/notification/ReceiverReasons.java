package io.fluxjava.api.notification;

/** Condition reasons specific to Receivers. */
public final class ReceiverReasons {

  public static final String TOKEN_NOT_FOUND = "TokenNotFound";
  public static final String VALIDATION_FAILED = "ValidationFailed";

  private ReceiverReasons() {}
}
