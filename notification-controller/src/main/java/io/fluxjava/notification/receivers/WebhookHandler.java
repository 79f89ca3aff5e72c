package io.fluxjava.notification.receivers;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fluxjava.api.ConditionTypes;
import io.fluxjava.api.notification.CrossNamespaceObjectReference;
import io.fluxjava.api.notification.Receiver;
import io.fluxjava.notification.alerts.WireNames;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one webhook call with upstream's status codes: 404 unknown path, 503 Receiver suspended
 * or not ready, 400 failed validation (unreadable token, bad signature, event not allowed, bad
 * payload; nothing happens), 500 when the resource filter or annotating failed, 200 when every
 * resource the filter lets through was asked to reconcile.
 */
public final class WebhookHandler {

  private static final int OK = 200;
  private static final int BAD_REQUEST = 400;
  private static final int NOT_FOUND = 404;
  private static final int INTERNAL_ERROR = 500;
  private static final int UNAVAILABLE = 503;

  private static final Logger LOG = LoggerFactory.getLogger(WebhookHandler.class);

  private final ReceiverDirectory directory;
  private final ReceiverTokens tokens;
  private final ResourceAnnotator annotator;

  public WebhookHandler(
      ReceiverDirectory directory, ReceiverTokens tokens, ResourceAnnotator annotator) {
    this.directory = directory;
    this.tokens = tokens;
    this.annotator = annotator;
  }

  /** The HTTP status for a call on {@code path}. */
  public int handle(String path, WebhookRequest request) {
    List<Receiver> receivers = directory.byPath(path);
    if (receivers.isEmpty()) {
      return NOT_FOUND;
    }
    List<Receiver> usable = receivers.stream().filter(WebhookHandler::usable).toList();
    if (usable.isEmpty()) {
      return UNAVAILABLE;
    }
    int status = OK;
    for (Receiver receiver : usable) {
      status = Math.max(status, handle(receiver, request));
    }
    return status;
  }

  private int handle(Receiver receiver, WebhookRequest request) {
    String name = receiver.getMetadata().getNamespace() + "/" + receiver.getMetadata().getName();
    try {
      validate(receiver, request);
    } catch (WebhookRejectedException e) {
      LOG.warn("receiver {}: unable to validate payload: {}", name, e.getMessage());
      return BAD_REQUEST;
    }
    Predicate<GenericKubernetesResource> accepts;
    try {
      accepts = filter(receiver, request);
    } catch (IllegalArgumentException e) {
      LOG.error("receiver {}: unable to create CEL evaluator: {}", name, e.getMessage());
      return INTERNAL_ERROR;
    }
    int status = OK;
    List<CrossNamespaceObjectReference> resources =
        receiver.getSpec().getResources() == null ? List.of() : receiver.getSpec().getResources();
    for (CrossNamespaceObjectReference resource : resources) {
      String kind = WireNames.of(resource.getKind());
      try {
        annotator
            .annotate(resource, receiver.getMetadata().getNamespace(), accepts)
            .forEach(object -> LOG.info("receiver {}: {} '{}' annotated", name, kind, object));
      } catch (IllegalStateException e) {
        LOG.error("receiver {}: unable to request reconciliation: {}", name, e.getMessage());
        status = INTERNAL_ERROR;
      }
    }
    return status;
  }

  private void validate(Receiver receiver, WebhookRequest request) throws WebhookRejectedException {
    String type = WireNames.of(receiver.getSpec().getType());
    Optional<ReceiverValidator> validator = ReceiverTypes.validator(type);
    if (validator.isEmpty()) {
      throw new WebhookRejectedException("receiver type '" + type + "' not supported");
    }
    String token;
    try {
      token = tokens.read(receiver);
    } catch (IllegalStateException e) {
      throw new WebhookRejectedException("unable to read token, error: " + e.getMessage());
    }
    validator
        .get()
        .validate(request, new ReceiverSettings(type, token, receiver.getSpec().getEvents()));
  }

  private static Predicate<GenericKubernetesResource> filter(
      Receiver receiver, WebhookRequest request) {
    String expression = receiver.getSpec().getResourceFilter();
    if (expression == null || expression.isEmpty()) {
      return resource -> true;
    }
    return ResourceFilter.compile(expression).forCall(request);
  }

  private static boolean usable(Receiver receiver) {
    if (Boolean.TRUE.equals(receiver.getSpec().getSuspend()) || receiver.getStatus() == null) {
      return false;
    }
    var conditions = receiver.getStatus().getConditions();
    return conditions != null
        && conditions.stream()
            .anyMatch(
                c -> ConditionTypes.READY.equals(c.getType()) && "True".equals(c.getStatus()));
  }
}
