package io.fluxjava.testkit.apiserver;

import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.MockResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers reads that ask for {@code as=Table} (kubectl get) with a {@code meta.k8s.io/v1 Table}, so
 * kubectl prints the same columns as against a real cluster (READY and STATUS for Flux kinds).
 */
public final class TableHandler implements RequestHandler {

  private final CrudStore store;
  private final ResourceCatalog catalog;
  private final Clock clock;

  /** Renders objects of the given store with the catalog's printer columns. */
  public TableHandler(CrudStore store, ResourceCatalog catalog, Clock clock) {
    this.store = store;
    this.catalog = catalog;
    this.clock = clock;
  }

  @Override
  public Optional<MockResponse> handle(ApiRequest request) {
    if (request.method() != HttpMethod.GET
        || !request.header("Accept").contains("as=Table")
        || request.param("watch") != null) {
      return Optional.empty();
    }
    Optional<ResourcePath> path =
        ResourcePath.parse(request.path()).filter(p -> p.subresource() == null);
    Optional<ApiResource> resource =
        path.flatMap(p -> catalog.find(p.group(), p.version(), p.plural()));
    if (resource.isEmpty()) {
      return Optional.empty();
    }
    MockResponse answer = store.forward(request);
    if (answer.code() != 200) {
      return Optional.of(answer);
    }
    Map<String, Object> body = Json.parse(CrudStore.body(answer));
    List<Map<String, Object>> objects =
        path.get().isCollection() ? Json.maps(body, "items") : List.of(body);
    String resourceVersion = Json.string(Json.map(body, "metadata"), "resourceVersion");
    Map<String, Object> table =
        TableConverter.toTable(
            resource.get(),
            objects,
            resourceVersion,
            request.param("includeObject"),
            clock.instant());
    return Optional.of(Responses.json(200, table));
  }
}
