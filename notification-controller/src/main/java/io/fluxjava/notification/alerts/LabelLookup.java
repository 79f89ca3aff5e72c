package io.fluxjava.notification.alerts;

import io.fluxjava.notification.events.InvolvedObject;
import java.util.Map;

/** Reads the current labels of an event's object, needed only for {@code matchLabels}. */
@FunctionalInterface
public interface LabelLookup {

  /** The object's labels; empty when it cannot be read. */
  Map<String, String> labels(InvolvedObject object);
}
