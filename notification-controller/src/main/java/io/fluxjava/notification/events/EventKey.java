package io.fluxjava.notification.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of an event for duplicate suppression: the object, its message with volatile text
 * normalised, and the revision/token metadata that make a repeat a new event.
 */
public final class EventKey {

  private EventKey() {}

  /** Hex SHA-256 over the event's identity (computed after metadata filtering). */
  public static String of(Event event) {
    InvolvedObject object = event.involvedObject();
    String group = object.group() + "/";
    StringBuilder identity =
        new StringBuilder("event/name=")
            .append(object.name())
            .append("/namespace=")
            .append(object.namespace())
            .append("/kind=")
            .append(object.kind())
            .append("/message=")
            .append(VolatileText.normalize(event.message()));
    for (String key :
        new String[] {"originRevision", Event.META_REVISION, MetadataFilter.TOKEN_KEY}) {
      String value = event.metadata().get(group + key);
      if (value != null) {
        identity.append('/').append(key).append('=').append(value);
      }
    }
    return sha256(identity.toString());
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
