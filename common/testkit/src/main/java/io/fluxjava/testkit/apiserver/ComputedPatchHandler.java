package io.fluxjava.testkit.apiserver;

import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.zjsonpatch.JsonPatchException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * JSON merge, strategic merge and JSON patches, computed here (see {@link ObjectPatcher#patch}) and
 * stored with an ordinary update: the CRUD store appends list items on merge patches instead of
 * replacing the list, does not know strategic merge patch at all, and fails a JSON patch whose
 * {@code test} operation does not hold with an unanswered request instead of an error.
 */
public final class ComputedPatchHandler implements RequestHandler {

  private static final Set<String> PATCH_TYPES =
      Set.of(ObjectPatcher.MERGE, ObjectPatcher.STRATEGIC, ObjectPatcher.JSON_PATCH);

  private final CrudStore store;

  /** Patches objects of the given store. */
  public ComputedPatchHandler(CrudStore store) {
    this.store = store;
  }

  @Override
  public Optional<MockResponse> handle(ApiRequest request) {
    String type = request.contentType();
    if (request.method() != HttpMethod.PATCH || !PATCH_TYPES.contains(type)) {
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
    Map<String, Object> patched;
    try {
      patched = ObjectPatcher.patch(existing.get(), request);
    } catch (JsonPatchException e) {
      // what kube-apiserver answers when a JSON patch cannot be applied (e.g. a failed test)
      return Responses.status(422, "Invalid", "the server rejected our request: " + e.getMessage());
    }
    return store.forward(request.with(HttpMethod.PUT, request.path(), Json.write(patched)));
  }
}
