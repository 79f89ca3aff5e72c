package io.fluxjava.testkit.apiserver;

import io.fabric8.mockwebserver.http.MockResponse;
import java.util.Optional;

/**
 * Rejects protobuf request bodies with 415, which makes client-go (kubectl create, for built-in
 * kinds) fall back to JSON; the CRUD store would otherwise never answer them.
 */
public final class ProtobufRejectHandler implements RequestHandler {

  private static final String PROTOBUF = "application/vnd.kubernetes.protobuf";

  @Override
  public Optional<MockResponse> handle(ApiRequest request) {
    if (!request.contentType().equals(PROTOBUF)) {
      return Optional.empty();
    }
    return Optional.of(
        Responses.status(
            415, "UnsupportedMediaType", "the server does not accept protobuf, send JSON"));
  }
}
