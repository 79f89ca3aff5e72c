package io.fluxjava.notification.alerts;

import java.util.Map;

/**
 * One entry of an Alert's {@code eventSources}: kind, name ({@code *} or a glob), namespace (empty
 * means the Alert's own) and optional {@code matchLabels}.
 */
public record EventSource(
    String kind, String name, String namespace, Map<String, String> matchLabels) {

  public EventSource {
    matchLabels = matchLabels == null ? Map.of() : Map.copyOf(matchLabels);
  }
}
