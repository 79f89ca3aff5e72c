package io.fluxjava.testkit.apiserver;

import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.MockResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Answers {@code /version} (with any query) as a Kubernetes 1.32 server. */
public final class VersionHandler implements RequestHandler {

  /** The Kubernetes version the server claims to be. */
  public static final String GIT_VERSION = "v1.32.0";

  @Override
  public Optional<MockResponse> handle(ApiRequest request) {
    if (request.method() != HttpMethod.GET || !request.path().equals("/version")) {
      return Optional.empty();
    }
    Map<String, Object> version = new LinkedHashMap<>();
    version.put("major", "1");
    version.put("minor", "32");
    version.put("gitVersion", GIT_VERSION);
    version.put("gitCommit", "in-memory");
    version.put("gitTreeState", "clean");
    version.put("buildDate", "2026-01-01T00:00:00Z");
    version.put("goVersion", "go1.23");
    version.put("compiler", "gc");
    version.put("platform", "linux/amd64");
    return Optional.of(Responses.json(200, version));
  }
}
