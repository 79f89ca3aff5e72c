package io.fluxjava.testkit.apiserver;

import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.MockResponse;
import java.util.Map;
import java.util.Optional;

/**
 * JSON merge patch and strategic merge patch, computed here (see {@link ObjectPatcher#patch}) and
 * stored with an ordinary update: the CRUD store appends list items on merge patches instead of
 * replacing the list, and does not know strategic merge patch at all.
 */
public final class MergePatchHandler implements RequestHandler {

  private final CrudStore store;

  /** Patches objects of the given store. */
  public MergePatchHandler(CrudStore store) {
    this.store = store;
  }

  @Override
  public Optional<MockResponse> handle(ApiRequest request) {
    String type = request.contentType();
    if (request.method() != HttpMethod.PATCH
        || !(type.equals(ObjectPatcher.MERGE) || type.equals(ObjectPatcher.STRATEGIC))) {
      return Optional.empty();
    }
    Optional<ResourcePath> path = ResourcePath.parse(request.path()).filter(p -> !p.isCollection());
    if (path.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(patch(path.get(), request));
  }

  private MockResponse patch(ResourcePath path, ApiRequest request) {
    Optional<Map<String, Object>> existing = store.get(path.objectPath());
    if (existing.isEmpty()) {
      return Responses.notFound(path.plural() + " \"" + path.name() + "\" not found");
    }
    Map<String, Object> patched = ObjectPatcher.patch(existing.get(), request);
    return store.forward(request.with(HttpMethod.PUT, request.path(), Json.write(patched)));
  }
}
