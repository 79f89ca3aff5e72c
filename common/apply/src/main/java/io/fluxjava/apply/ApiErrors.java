package io.fluxjava.apply;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.HttpURLConnection;
import java.util.Objects;

/** Short texts of API-server errors, without fabric8's request dump. */
public final class ApiErrors {

  private ApiErrors() {}

  /** The server's own message when it sent a Status, else the client's message. */
  public static String message(KubernetesClientException error) {
    Status status = error.getStatus();
    if (status != null && status.getMessage() != null && !status.getMessage().isEmpty()) {
      return status.getMessage();
    }
    return Objects.requireNonNullElse(error.getMessage(), error.getClass().getSimpleName());
  }

  /** The Status reason ({@code Invalid}, {@code Conflict}, …) or empty. */
  public static String reason(KubernetesClientException error) {
    Status status = error.getStatus();
    return status == null || status.getReason() == null ? "" : status.getReason();
  }

  public static boolean isNotFound(KubernetesClientException error) {
    return error.getCode() == HttpURLConnection.HTTP_NOT_FOUND;
  }
}
