package io.fluxjava.testkit.apiserver;

import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The object store of fabric8's CRUD dispatcher, reached through requests made in-process. */
public final class CrudStore {

  private static final String CRDS_PATH = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions";

  private final Function<RecordedRequest, MockResponse> dispatcher;

  /** Wraps the dispatcher that owns the objects. */
  public CrudStore(Function<RecordedRequest, MockResponse> dispatcher) {
    this.dispatcher = dispatcher;
  }

  /** Sends a request to the store unchanged and returns its answer. */
  public MockResponse forward(ApiRequest request) {
    return dispatcher.apply(request.toRecorded());
  }

  /** The object at {@code path}, if it exists. */
  public Optional<Map<String, Object>> get(String path) {
    MockResponse response = forward(ApiRequest.internal(HttpMethod.GET, path, null));
    return response.code() == 200 ? Optional.of(Json.parse(body(response))) : Optional.empty();
  }

  /** The items of the collection at {@code pathWithQuery}; empty when the list fails. */
  public List<Map<String, Object>> list(String pathWithQuery) {
    MockResponse response = forward(ApiRequest.internal(HttpMethod.GET, pathWithQuery, null));
    return response.code() == 200 ? Json.maps(Json.parse(body(response)), "items") : List.of();
  }

  /** Every stored CustomResourceDefinition. */
  public List<Map<String, Object>> customResourceDefinitions() {
    return list(CRDS_PATH);
  }

  /** The body of a store answer as text. */
  public static String body(MockResponse response) {
    return response.getBody() == null
        ? ""
        : new String(response.getBody().getBytes(), StandardCharsets.UTF_8);
  }
}
