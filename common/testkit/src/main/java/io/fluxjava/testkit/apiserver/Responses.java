package io.fluxjava.testkit.apiserver;

import io.fabric8.mockwebserver.http.MockResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds HTTP answers in the shapes the Kubernetes API uses. */
public final class Responses {

  private Responses() {}

  /** A JSON answer with the given status code. */
  public static MockResponse json(int code, Object body) {
    return new MockResponse()
        .setResponseCode(code)
        .setHeader("Content-Type", "application/json")
        .setBody(Json.write(body));
  }

  /** A {@code meta.k8s.io/v1 Status} failure answer. */
  public static MockResponse status(int code, String reason, String message) {
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("kind", "Status");
    status.put("apiVersion", "v1");
    status.put("metadata", Map.of());
    status.put("status", "Failure");
    status.put("message", message);
    status.put("reason", reason);
    status.put("code", code);
    return json(code, status);
  }

  /** A 404 NotFound Status. */
  public static MockResponse notFound(String message) {
    return status(404, "NotFound", message);
  }
}
