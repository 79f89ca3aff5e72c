package io.fluxjava.apply;

import io.fabric8.kubernetes.client.KubernetesClientException;

/**
 * Upstream's texts for a rejected dry-run: {@code Deployment/apps/web dry-run failed (Invalid): …}.
 */
final class DryRunMessages {

  private DryRunMessages() {}

  static String of(ObjectId id, KubernetesClientException error) {
    String message = ApiErrors.message(error);
    if (ApiErrors.isNotFound(error)) {
      return id.isClusterScoped()
          ? id.subject() + " namespace not specified: " + message
          : id.subject() + " not found: " + message;
    }
    String reason = ApiErrors.reason(error);
    String reasonPart = reason.isEmpty() ? "" : " (" + reason + ")";
    return id.subject() + " dry-run failed" + reasonPart + ": " + message;
  }
}
