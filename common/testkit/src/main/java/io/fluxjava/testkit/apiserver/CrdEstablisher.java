package io.fluxjava.testkit.apiserver;

import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.MockResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plays the API server's own CRD controller: after a CustomResourceDefinition is written it is
 * marked {@code NamesAccepted} and {@code Established}, as a real API server does within moments.
 * Without it every client that waits for a CRD to be established (staged apply) would hang.
 */
public final class CrdEstablisher {

  private static final String GROUP = "apiextensions.k8s.io";
  private static final String PLURAL = "customresourcedefinitions";
  private static final Set<HttpMethod> WRITES =
      Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

  private final CrudStore store;

  /** Establishes the CRDs of the given store. */
  public CrdEstablisher(CrudStore store) {
    this.store = store;
  }

  /** Marks the CRD that a successful write stored as established; other requests pass by. */
  public void afterWrite(ApiRequest request, MockResponse response) {
    if (!WRITES.contains(request.method())
        || response.code() >= 300
        || "All".equals(request.param("dryRun"))) {
      return;
    }
    ResourcePath.parse(request.path())
        .filter(path -> GROUP.equals(path.group()) && PLURAL.equals(path.plural()))
        .filter(path -> path.subresource() == null)
        .ifPresent(path -> establish(Json.parse(CrudStore.body(response))));
  }

  private void establish(Map<String, Object> crd) {
    Map<String, Object> metadata = Json.map(crd, "metadata");
    Map<String, Object> spec = Json.map(crd, "spec");
    if (metadata == null || spec == null || isEstablished(crd)) {
      return;
    }
    String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    Map<String, Object> status = new LinkedHashMap<>();
    status.put(
        "conditions",
        List.of(
            condition("NamesAccepted", "NoConflicts", "no conflicts found", now),
            condition(
                "Established",
                "InitialNamesAccepted",
                "the initial names have been accepted",
                now)));
    status.put("acceptedNames", spec.getOrDefault("names", Map.of()));
    status.put(
        "storedVersions",
        Json.maps(spec, "versions").stream()
            .filter(version -> Boolean.TRUE.equals(version.get("storage")))
            .map(version -> version.get("name"))
            .toList());
    String path = "/apis/" + GROUP + "/v1/" + PLURAL + "/" + metadata.get("name");
    store.forward(
        ApiRequest.internal(HttpMethod.PATCH, path, null)
            .withBody("application/merge-patch+json", Json.write(Map.of("status", status))));
  }

  private static boolean isEstablished(Map<String, Object> crd) {
    Map<String, Object> status = Json.map(crd, "status");
    return status != null
        && Json.maps(status, "conditions").stream()
            .anyMatch(c -> "Established".equals(c.get("type")) && "True".equals(c.get("status")));
  }

  private static Map<String, Object> condition(
      String type, String reason, String message, String now) {
    Map<String, Object> condition = new LinkedHashMap<>();
    condition.put("type", type);
    condition.put("status", "True");
    condition.put("lastTransitionTime", now);
    condition.put("reason", reason);
    condition.put("message", message);
    return condition;
  }
}
