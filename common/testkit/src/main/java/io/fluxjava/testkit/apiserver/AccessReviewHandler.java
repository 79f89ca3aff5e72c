package io.fluxjava.testkit.apiserver;

import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.MockResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers authorization reviews with "everything is allowed": there is no RBAC here. The Java
 * Operator SDK posts a SelfSubjectRulesReview (older versions a SelfSubjectAccessReview) before it
 * starts leader election, and kubectl auth can-i posts access reviews.
 */
public final class AccessReviewHandler implements RequestHandler {

  private static final String PREFIX = "/apis/authorization.k8s.io/v1/";
  private static final List<String> LEASE_VERBS =
      List.of("get", "list", "watch", "create", "update", "patch", "delete");

  @Override
  public Optional<MockResponse> handle(ApiRequest request) {
    if (request.method() != HttpMethod.POST || !request.path().startsWith(PREFIX)) {
      return Optional.empty();
    }
    Map<String, Object> review = Json.parse(request.body());
    String resource = request.path().substring(request.path().lastIndexOf('/') + 1);
    if (resource.equals("selfsubjectrulesreviews")) {
      review.put("status", rules());
    } else if (resource.endsWith("accessreviews")) {
      review.put("status", Map.of("allowed", true, "reason", "in-memory API server allows all"));
    } else {
      return Optional.empty();
    }
    return Optional.of(Responses.json(201, review));
  }

  /** A wildcard rule, plus the lease rule spelled out for callers that do not expand "*". */
  private static Map<String, Object> rules() {
    List<Map<String, Object>> resourceRules =
        List.of(
            Map.of("verbs", List.of("*"), "apiGroups", List.of("*"), "resources", List.of("*")),
            Map.of(
                "verbs",
                LEASE_VERBS,
                "apiGroups",
                List.of("coordination.k8s.io"),
                "resources",
                List.of("leases")));
    List<Map<String, Object>> nonResourceRules =
        List.of(Map.of("verbs", List.of("*"), "nonResourceURLs", List.of("*")));
    return Map.of(
        "resourceRules", resourceRules, "nonResourceRules", nonResourceRules, "incomplete", false);
  }
}
