package io.fluxjava.testkit.apiserver;

import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.MockResponse;
import java.util.Map;
import java.util.Optional;

/**
 * Answers list requests as the real API server does: {@code kind: <Kind>List} with the resource's
 * apiVersion (the CRUD store says {@code List}), so typed clients such as client-go's decode them.
 */
public final class TypedListHandler implements RequestHandler {

  private static final String LIST_SUFFIX = "List";

  private final CrudStore store;
  private final ResourceCatalog catalog;

  /** Lists objects of the given store, named after the catalog's kinds. */
  public TypedListHandler(CrudStore store, ResourceCatalog catalog) {
    this.store = store;
    this.catalog = catalog;
  }

  @Override
  public Optional<MockResponse> handle(ApiRequest request) {
    if (request.method() != HttpMethod.GET || request.param("watch") != null) {
      return Optional.empty();
    }
    Optional<ApiResource> resource =
        ResourcePath.parse(request.path())
            .filter(path -> path.isCollection() && path.subresource() == null)
            .flatMap(path -> catalog.find(path.group(), path.version(), path.plural()));
    if (resource.isEmpty()) {
      return Optional.empty();
    }
    MockResponse answer = store.forward(request);
    if (answer.code() != 200) {
      return Optional.of(answer);
    }
    Map<String, Object> list = Json.parse(CrudStore.body(answer));
    list.put("apiVersion", resource.get().groupVersion());
    list.put("kind", resource.get().kind() + LIST_SUFFIX);
    return Optional.of(Responses.json(200, list));
  }
}
