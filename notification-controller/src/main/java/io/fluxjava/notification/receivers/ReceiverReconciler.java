package io.fluxjava.notification.receivers;

import io.fabric8.kubernetes.api.model.Secret;
import io.fluxjava.api.ConditionTypes;
import io.fluxjava.api.Reasons;
import io.fluxjava.api.notification.CrossNamespaceObjectReference;
import io.fluxjava.api.notification.Receiver;
import io.fluxjava.api.notification.ReceiverReasons;
import io.fluxjava.api.notification.ReceiverStatus;
import io.fluxjava.notification.alerts.WireNames;
import io.fluxjava.runtime.DependencyWatch;
import io.fluxjava.runtime.FluxReconciler;
import io.fluxjava.runtime.ObjectKey;
import io.fluxjava.runtime.ReconcileContext;
import io.fluxjava.runtime.ReconcileResult;
import java.util.List;
import java.util.Set;

/**
 * Publishes a Receiver's webhook path: checks its resource filter, type and resources, reads the
 * token and sets {@code status.webhookPath} with Ready "Receiver initialized for path: …".
 */
public final class ReceiverReconciler implements FluxReconciler<Receiver> {

  private final ReceiverTokens tokens;

  public ReceiverReconciler(ReceiverTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public Class<Receiver> resourceType() {
    return Receiver.class;
  }

  /** A changed token changes the webhook path, so the Receiver's Secret is watched. */
  @Override
  public List<DependencyWatch<?, Receiver>> dependencies() {
    return List.of(
        DependencyWatch.of(Secret.class, Receiver.class)
            .trackedValue(Secret::getData)
            .references(
                receiver ->
                    receiver.getSpec().getSecretRef() == null
                        ? Set.of()
                        : Set.of(
                            new ObjectKey(
                                receiver.getMetadata().getNamespace(),
                                receiver.getSpec().getSecretRef().getName()))));
  }

  /** Upstream's message prefix when a Receiver's spec cannot work until it is edited. */
  static final String TERMINAL_ERROR =
      "Reconciliation failed terminally due to configuration error";

  @Override
  public ReconcileResult reconcile(Receiver receiver, ReconcileContext ctx) {
    String resourceFilter = receiver.getSpec().getResourceFilter();
    if (resourceFilter != null && !resourceFilter.isEmpty()) {
      try {
        ResourceFilter.compile(resourceFilter);
      } catch (IllegalArgumentException e) {
        return ReconcileResult.stalled(
            Reasons.INVALID_CEL_EXPRESSION, TERMINAL_ERROR + ": " + e.getMessage());
      }
    }
    String type = WireNames.of(receiver.getSpec().getType());
    if (ReceiverTypes.validator(type).isEmpty()) {
      return ReconcileResult.stalled(
          ReceiverReasons.VALIDATION_FAILED, "receiver type '" + type + "' is not supported");
    }
    List<CrossNamespaceObjectReference> resources =
        receiver.getSpec().getResources() == null ? List.of() : receiver.getSpec().getResources();
    for (CrossNamespaceObjectReference resource : resources) {
      boolean wildcard = ResourceAnnotator.ANY_NAME.equals(resource.getName());
      if (wildcard && (resource.getMatchLabels() == null || resource.getMatchLabels().isEmpty())) {
        return ReconcileResult.stalled(
            ReceiverReasons.VALIDATION_FAILED,
            "matchLabels field not set when using wildcard '*' as name");
      }
    }
    String token;
    try {
      token = tokens.read(receiver);
    } catch (IllegalStateException e) {
      return ReconcileResult.failure(ReceiverReasons.TOKEN_NOT_FOUND, e.getMessage());
    }
    String path =
        WebhookPath.of(
            token, receiver.getMetadata().getName(), receiver.getMetadata().getNamespace());
    if (receiver.getStatus() == null) {
      receiver.setStatus(new ReceiverStatus());
    }
    receiver.getStatus().setWebhookPath(path);
    ctx.conditions()
        .markTrue(
            ConditionTypes.READY, Reasons.SUCCEEDED, "Receiver initialized for path: " + path);
    return ReconcileResult.success();
  }
}
