package io.fluxjava.notification.alerts;

/** Reports a problem with an Alert as a Warning event on it. */
@FunctionalInterface
public interface AlertWarnings {

  /** Reason when a notification could not be delivered after every attempt. */
  String DISPATCH_FAILED = "NotificationDispatchFailed";

  /** Reason when an Alert's metadata collides with the event's own keys. */
  String METADATA_APPEND_FAILED = "MetadataAppendFailed";

  void warn(AlertRule alert, String reason, String message);
}
