package io.fluxjava.notification.receivers;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A webhook call as the validators see it: headers (case-insensitive) and the raw body. */
public record WebhookRequest(Map<String, String> headers, byte[] body) {

  public WebhookRequest {
    Map<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    caseInsensitive.putAll(headers);
    headers = caseInsensitive;
  }

  /** The header's value, or empty when absent. */
  public String header(String name) {
    return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
  }
}
