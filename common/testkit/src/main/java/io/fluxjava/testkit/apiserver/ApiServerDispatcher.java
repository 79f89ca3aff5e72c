package io.fluxjava.testkit.apiserver;

import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;

/**
 * fabric8's mixed (expectations + CRUD) dispatcher with the gaps a real client meets filled in:
 * each {@link RequestHandler} gets the request in turn, and the CRUD store answers whatever none of
 * them takes.
 */
public class ApiServerDispatcher extends KubernetesMixedDispatcher {

  private static final String CONTENT_TYPE = "Content-Type";

  private final List<RequestHandler> handlers;
  private final CrdEstablisher crdEstablisher;

  /** A dispatcher over the mock server's expectation map. */
  public ApiServerDispatcher(Map<ServerRequest, Queue<ServerResponse>> responses) {
    super(responses);
    CrudStore store = new CrudStore(super::dispatch);
    ResourceCatalog catalog = new ResourceCatalog(store);
    this.crdEstablisher = new CrdEstablisher(store);
    // order matters: dry runs must be caught before the handlers that write
    this.handlers =
        List.of(
            new ProtobufRejectHandler(),
            new VersionHandler(),
            new DiscoveryHandler(catalog),
            new AccessReviewHandler(),
            new DryRunHandler(store),
            new StatusGuardHandler(store, catalog),
            new ServerSideApplyHandler(store),
            new ComputedPatchHandler(store),
            new HttpWatchHandler(store, catalog),
            new TableHandler(store, catalog, Clock.systemUTC()),
            new TypedListHandler(store, catalog));
  }

  @Override
  public MockResponse dispatch(RecordedRequest recorded) {
    ApiRequest request = ApiRequest.of(recorded);
    MockResponse response = answer(request);
    crdEstablisher.afterWrite(request, response);
    return labelJson(response);
  }

  /**
   * The CRUD store answers in JSON only, but without a Content-Type; clients that negotiate
   * protobuf (the helm CLI's client-go) would otherwise try to decode it as protobuf.
   */
  private static MockResponse labelJson(MockResponse response) {
    boolean hasBody = response.getBody() != null && response.getBody().size() > 0;
    if (hasBody && response.header(CONTENT_TYPE) == null) {
      response.setHeader(CONTENT_TYPE, "application/json");
    }
    return response;
  }

  private MockResponse answer(ApiRequest request) {
    try {
      for (RequestHandler handler : handlers) {
        Optional<MockResponse> response = handler.handle(request);
        if (response.isPresent()) {
          return response.get();
        }
      }
    } catch (IllegalArgumentException e) {
      return Responses.status(400, "BadRequest", e.getMessage());
    } catch (RuntimeException e) {
      return Responses.status(500, "InternalError", String.valueOf(e));
    }
    return super.dispatch(request.toRecorded());
  }
}
