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

  /** True when {@code Content-Type} names {@code application/json} (parameters aside). */
  public boolean isJson() {
    for (String type : header("Content-Type").split(",")) {
      String mediaType = type.split(";", 2)[0].strip();
      if (mediaType.equalsIgnoreCase("application/json")) {
        return true;
      }
    }
    return false;
  }

  /** The header's value, or empty when absent. */
  public String header(String name) {
    return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
  }
}
