package io.fluxjava.notification.providers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;

/**
 * Finds whether a commit already carries the status about to be posted: the newest entry with the
 * same context (GitHub and Gitea list statuses newest first) has the same state and description.
 */
final class LatestStatus {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private LatestStatus() {}

  /**
   * True when the JSON array of statuses already shows {@code status} (its {@code context}, {@code
   * state} and {@code description} keys).
   */
  static boolean alreadySet(String statusesJson, Map<String, String> status) {
    JsonNode statuses;
    try {
      statuses = MAPPER.readTree(statusesJson);
    } catch (IOException e) {
      return false;
    }
    if (statuses == null || !statuses.isArray()) {
      return false;
    }
    for (JsonNode existing : statuses) {
      if (status.get("context").equals(existing.path("context").asText())) {
        return status.get("state").equals(existing.path("state").asText())
            && status.get("description").equals(existing.path("description").asText());
      }
    }
    return false;
  }
}
