package io.fluxjava.testkit.apiserver;

import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.MockResponse;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@code dryRun=All} on writes: computes the object the request would produce and answers with it,
 * never touching the store. Store-assigned fields (resourceVersion, generation bump, uid) are not
 * simulated.
 */
public final class DryRunHandler implements RequestHandler {

  private static final Set<HttpMethod> WRITES =
      Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

  private final CrudStore store;

  /** Reads current objects from the given store. */
  public DryRunHandler(CrudStore store) {
    this.store = store;
  }

  @Override
  public Optional<MockResponse> handle(ApiRequest request) {
    if (!"All".equals(request.param("dryRun")) || !WRITES.contains(request.method())) {
      return Optional.empty();
    }
    Optional<ResourcePath> parsed = ResourcePath.parse(request.path());
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    ResourcePath path = parsed.get();
    try {
      return Optional.of(
          request.method() == HttpMethod.POST ? create(path, request) : change(path, request));
    } catch (IllegalArgumentException e) {
      return Optional.of(Responses.status(400, "BadRequest", e.getMessage()));
    }
  }

  private MockResponse create(ResourcePath path, ApiRequest request) {
    Map<String, Object> object = Json.parse(request.body());
    Map<String, Object> metadata = Json.mapOrCreate(object, "metadata");
    if (metadata.get("name") == null && metadata.get("generateName") != null) {
      metadata.put("name", metadata.get("generateName") + randomSuffix());
    }
    if (path.namespace() != null) {
      metadata.put("namespace", path.namespace());
    }
    String name = Json.string(metadata, "name");
    if (name != null && store.get(path.collectionPath() + "/" + name).isPresent()) {
      return Responses.status(
          409, "AlreadyExists", path.plural() + " \"" + name + "\" already exists");
    }
    return Responses.json(201, object);
  }

  private MockResponse change(ResourcePath path, ApiRequest request) {
    if (path.isCollection()) {
      return Responses.status(405, "MethodNotAllowed", "dry-run of collection writes");
    }
    Optional<Map<String, Object>> existing = store.get(path.objectPath());
    boolean applyCreate =
        existing.isEmpty()
            && request.method() == HttpMethod.PATCH
            && ObjectPatcher.isApply(request.contentType());
    if (existing.isEmpty() && !applyCreate) {
      return Responses.notFound(path.plural() + " \"" + path.name() + "\" not found");
    }
    return switch (request.method()) {
      case PUT -> Responses.json(200, Json.parse(request.body()));
      case DELETE -> Responses.json(200, existing.get());
      default -> Responses.json(applyCreate ? 201 : 200, patched(path, existing, request));
    };
  }

  private static Map<String, Object> patched(
      ResourcePath path, Optional<Map<String, Object>> existing, ApiRequest request) {
    Map<String, Object> result = ObjectPatcher.patch(existing.orElse(Map.of()), request);
    Map<String, Object> metadata = Json.mapOrCreate(result, "metadata");
    metadata.put("name", path.name());
    if (path.namespace() != null) {
      metadata.put("namespace", path.namespace());
    }
    return result;
  }

  private static String randomSuffix() {
    return UUID.randomUUID().toString().substring(0, 5);
  }
}
