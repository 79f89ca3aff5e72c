package io.fluxjava.testkit.apiserver;

import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.MockResponse;
import java.util.Optional;

/**
 * Strategic merge patch, approximated as a JSON merge patch once the {@code $} directives are
 * dropped: lists are replaced as a whole instead of merged on their patch keys.
 */
public final class StrategicMergePatchHandler implements RequestHandler {

  private final CrudStore store;

  /** Patches objects of the given store. */
  public StrategicMergePatchHandler(CrudStore store) {
    this.store = store;
  }

  @Override
  public Optional<MockResponse> handle(ApiRequest request) {
    if (request.method() != HttpMethod.PATCH
        || !request.contentType().equals(ObjectPatcher.STRATEGIC)) {
      return Optional.empty();
    }
    String patch = Json.write(ObjectPatcher.withoutDirectives(Json.parse(request.body())));
    return Optional.of(store.forward(request.withBody(ObjectPatcher.MERGE, patch)));
  }
}
