package io.fluxjava.notification.events;

import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps only the metadata an event may carry into notifications: keys under {@code
 * event.toolkit.fluxcd.io/} (from the object's annotations) and under the involved object's API
 * group, less the group's {@code checksum} and {@code digest} which only add noise.
 */
public final class MetadataFilter {

  /** Prefix of metadata copied from {@code event.toolkit.fluxcd.io/*} object annotations. */
  public static final String EVENT_PREFIX = "event.toolkit.fluxcd.io/";

  /** Metadata key (after the group prefix) that discriminates otherwise equal events. */
  public static final String TOKEN_KEY = "token";

  private MetadataFilter() {}

  /** The event with its metadata reduced to the allowed keys. */
  public static Event filter(Event event) {
    String groupPrefix = event.involvedObject().group() + "/";
    Map<String, String> kept = new TreeMap<>();
    event
        .metadata()
        .forEach(
            (key, value) -> {
              boolean allowed = key.startsWith(EVENT_PREFIX) || key.startsWith(groupPrefix);
              boolean noise =
                  key.equals(groupPrefix + "checksum") || key.equals(groupPrefix + "digest");
              if (allowed && !noise) {
                kept.put(key, value);
              }
            });
    return event.withMetadata(kept);
  }

  /** The event without its group's rate-limit token, which is not meant for notifications. */
  public static Event withoutToken(Event event) {
    String tokenKey = event.involvedObject().group() + "/" + TOKEN_KEY;
    if (!event.metadata().containsKey(tokenKey)) {
      return event;
    }
    Map<String, String> kept = new TreeMap<>(event.metadata());
    kept.remove(tokenKey);
    return event.withMetadata(kept);
  }
}
