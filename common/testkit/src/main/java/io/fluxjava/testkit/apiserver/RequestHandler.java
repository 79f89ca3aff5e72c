package io.fluxjava.testkit.apiserver;

import io.fabric8.mockwebserver.http.MockResponse;
import java.util.Optional;

/** One gap of fabric8's CRUD store filled in: answers the requests it recognises. */
@FunctionalInterface
public interface RequestHandler {

  /** The answer, or empty to let the next handler (and finally the CRUD store) answer. */
  Optional<MockResponse> handle(ApiRequest request);
}
