package io.fluxjava.notification.receivers;

import io.fluxjava.api.ConditionTypes;
import io.fluxjava.api.notification.CrossNamespaceObjectReference;
import io.fluxjava.api.notification.Receiver;
import io.fluxjava.notification.alerts.WireNames;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one webhook call: 404 unknown path, 503 Receiver suspended or not ready, 401/400 failed
 * validation (nothing happens), 500 when annotating failed, 200 when every resource was asked to
 * reconcile.
 */
public final class WebhookHandler {

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
      return 404;
    }
    List<Receiver> usable = receivers.stream().filter(WebhookHandler::usable).toList();
    if (usable.isEmpty()) {
      return 503;
    }
    int status = 200;
    for (Receiver receiver : usable) {
      status = Math.max(status, handle(receiver, request));
    }
    return status;
  }

  private int handle(Receiver receiver, WebhookRequest request) {
    String name = receiver.getMetadata().getNamespace() + "/" + receiver.getMetadata().getName();
    String type = WireNames.of(receiver.getSpec().getType());
    boolean trigger;
    try {
      ReceiverSettings settings =
          new ReceiverSettings(type, tokens.read(receiver), receiver.getSpec().getEvents());
      trigger = ReceiverTypes.validator(type).orElseThrow().validate(request, settings);
    } catch (WebhookRejectedException e) {
      LOG.warn("receiver {}: rejected webhook: {}", name, e.getMessage());
      return e.httpStatus();
    } catch (IllegalStateException e) {
      LOG.error("receiver {}: {}", name, e.getMessage());
      return 500;
    }
    if (!trigger) {
      return 200;
    }
    int status = 200;
    List<CrossNamespaceObjectReference> resources =
        receiver.getSpec().getResources() == null ? List.of() : receiver.getSpec().getResources();
    for (CrossNamespaceObjectReference resource : resources) {
      try {
        annotator.annotate(resource, receiver.getMetadata().getNamespace());
        LOG.info(
            "receiver {}: resource {}/{} annotated",
            name,
            WireNames.of(resource.getKind()),
            resource.getName());
      } catch (IllegalStateException e) {
        LOG.error("receiver {}: {}", name, e.getMessage());
        status = 500;
      }
    }
    return status;
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
