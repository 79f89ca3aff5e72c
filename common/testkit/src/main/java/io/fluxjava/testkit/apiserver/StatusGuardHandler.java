package io.fluxjava.testkit.apiserver;

import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.MockResponse;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the stored status when an update (PUT) of the main resource carries a status, for kinds
 * with a status subresource: the CRUD store only does that when the object already had a status.
 */
public final class StatusGuardHandler implements RequestHandler {

  private final CrudStore store;
  private final ResourceCatalog catalog;

  /** Guards objects of the given store. */
  public StatusGuardHandler(CrudStore store, ResourceCatalog catalog) {
    this.store = store;
    this.catalog = catalog;
  }

  @Override
  public Optional<MockResponse> handle(ApiRequest request) {
    if (request.method() != HttpMethod.PUT || !request.body().contains("\"status\"")) {
      return Optional.empty();
    }
    Map<String, Object> object = Json.parse(request.body());
    Optional<ResourcePath> path =
        ResourcePath.parse(request.path())
            .filter(p -> !p.isCollection() && p.subresource() == null)
            .filter(p -> object.containsKey("status"))
            .filter(
                p ->
                    catalog
                        .find(p.group(), p.version(), p.plural())
                        .map(ApiResource::statusSubresource)
                        .orElse(false));
    if (path.isEmpty()) {
      return Optional.empty();
    }
    Object stored =
        store.get(path.get().objectPath()).map(existing -> existing.get("status")).orElse(null);
    if (stored == null) {
      object.remove("status");
    } else {
      object.put("status", stored);
    }
    return Optional.of(store.forward(request.withBody("application/json", Json.write(object))));
  }
}
