package io.fluxjava.helm.testing;

import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records the DELETE requests the controller's client sends (path and body), so a test can see the
 * deletion options the in-memory API server does not act on, such as the propagation policy.
 */
public final class DeleteRequestRecorder implements Interceptor {

  /** One DELETE request: the request path and its body ({@code DeleteOptions} JSON, or empty). */
  public record DeleteRequest(String path, String body) {}

  private final List<DeleteRequest> requests = new CopyOnWriteArrayList<>();

  @Override
  public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
    if ("DELETE".equals(request.method())) {
      String body = request.bodyString();
      requests.add(new DeleteRequest(request.uri().getPath(), body == null ? "" : body));
    }
  }

  public List<DeleteRequest> requests() {
    return List.copyOf(requests);
  }
}
