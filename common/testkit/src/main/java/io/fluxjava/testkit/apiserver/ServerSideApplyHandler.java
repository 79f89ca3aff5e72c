package io.fluxjava.testkit.apiserver;

import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.MockResponse;
import java.util.Map;
import java.util.Optional;

/**
 * Server-side apply ({@code PATCH} with {@code application/apply-patch+yaml} or {@code +json}):
 * creates the object when it is missing, otherwise merges the applied configuration into it (see
 * {@link ObjectPatcher#apply}) and stores the result with an ordinary update, so the store's
 * generation, resourceVersion, status-subresource and watch semantics still hold. There are no
 * conflicts between managers, so {@code force} changes nothing.
 */
public final class ServerSideApplyHandler implements RequestHandler {

  private final CrudStore store;

  /** Applies into the given store. */
  public ServerSideApplyHandler(CrudStore store) {
    this.store = store;
  }

  @Override
  public Optional<MockResponse> handle(ApiRequest request) {
    if (request.method() != HttpMethod.PATCH || !ObjectPatcher.isApply(request.contentType())) {
      return Optional.empty();
    }
    Optional<ResourcePath> parsed = ResourcePath.parse(request.path());
    if (parsed.isEmpty() || parsed.get().isCollection()) {
      return Optional.of(Responses.notFound("apply needs an object path: " + request.path()));
    }
    if (request.param("fieldManager") == null || request.param("fieldManager").isEmpty()) {
      return Optional.of(
          Responses.status(400, "BadRequest", "fieldManager is required for apply requests"));
    }
    ResourcePath path = parsed.get();
    Map<String, Object> applied;
    try {
      applied = Json.parseYaml(request.body());
    } catch (IllegalArgumentException e) {
      return Optional.of(Responses.status(400, "BadRequest", e.getMessage()));
    }
    return Optional.of(apply(path, applied, request));
  }

  private MockResponse apply(ResourcePath path, Map<String, Object> applied, ApiRequest request) {
    Optional<Map<String, Object>> existing = store.get(path.objectPath());
    if (existing.isPresent()) {
      Map<String, Object> merged = ObjectPatcher.apply(existing.get(), applied, request);
      return store.forward(request.with(HttpMethod.PUT, request.path(), Json.write(merged)));
    }
    if (path.subresource() != null) {
      return Responses.notFound(path.plural() + " \"" + path.name() + "\" not found");
    }
    Map<String, Object> created = ObjectPatcher.apply(Map.of(), applied, request);
    Map<String, Object> metadata = Json.mapOrCreate(created, "metadata");
    metadata.put("name", path.name());
    if (path.namespace() != null) {
      metadata.put("namespace", path.namespace());
    }
    return store.forward(request.with(HttpMethod.POST, path.collectionPath(), Json.write(created)));
  }
}
