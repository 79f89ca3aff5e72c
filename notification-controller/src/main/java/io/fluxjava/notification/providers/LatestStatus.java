package io.fluxjava.notification.providers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Finds whether a commit already carries the status about to be posted: the newest entry with the
 * same context has the same state and description. GitHub and Gitea list statuses newest first and
 * cap them per commit and context, so repeats are skipped as upstream does.
 */
final class LatestStatus {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private LatestStatus() {}

  /** True when the JSON array of statuses already ends in this state for this context. */
  static boolean alreadySet(String statusesJson, String context, String state, String description) {
    JsonNode statuses;
    try {
      statuses = MAPPER.readTree(statusesJson);
    } catch (IOException e) {
      return false;
    }
    if (statuses == null || !statuses.isArray()) {
      return false;
    }
    for (JsonNode status : statuses) {
      if (context.equals(status.path("context").asText())) {
        return state.equals(status.path("state").asText())
            && description.equals(status.path("description").asText());
      }
    }
    return false;
  }
}
