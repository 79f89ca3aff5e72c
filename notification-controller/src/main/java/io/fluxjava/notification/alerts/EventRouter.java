package io.fluxjava.notification.alerts;

import io.fluxjava.notification.events.Event;
import io.fluxjava.notification.providers.ProviderTypes;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands an accepted event to the Provider of every Alert that matches it, with the metadata
 * composed for that Alert; delivery itself is the dispatcher's, so routing never waits on a
 * Provider.
 */
public final class EventRouter implements Consumer<Event> {

  private static final Logger LOG = LoggerFactory.getLogger(EventRouter.class);

  private final AlertCatalog catalog;
  private final AlertMatcher matcher;
  private final NotificationDispatcher dispatcher;
  private final AlertWarnings warnings;

  public EventRouter(
      AlertCatalog catalog,
      AlertMatcher matcher,
      NotificationDispatcher dispatcher,
      AlertWarnings warnings) {
    this.catalog = catalog;
    this.matcher = matcher;
    this.dispatcher = dispatcher;
    this.warnings = warnings;
  }

  @Override
  public void accept(Event event) {
    for (AlertRule alert : catalog.alerts()) {
      if (matcher.matches(alert, event)) {
        NotificationMetadata.Composed composed =
            NotificationMetadata.composeWithConflicts(event, alert);
        if (!composed.conflicts().isEmpty()) {
          warnings.warn(
              alert,
              AlertWarnings.METADATA_APPEND_FAILED,
              "metadata keys set more than once, later sources win: " + composed.conflicts());
        }
        route(alert, composed.event());
      }
    }
  }

  private void route(AlertRule alert, Event event) {
    Optional<ProviderTarget> found = catalog.provider(alert.namespace(), alert.providerName());
    if (found.isEmpty()) {
      LOG.warn(
          "provider {}/{} of alert {} not found or invalid",
          alert.namespace(),
          alert.providerName(),
          alert.name());
      return;
    }
    ProviderTarget provider = found.get();
    if (provider.suspended() || !wants(provider.type(), event)) {
      return;
    }
    dispatcher.dispatch(
        new Delivery(
            provider.key(),
            provider.notifier(),
            event,
            e -> warnings.warn(alert, AlertWarnings.DISPATCH_FAILED, e.getMessage())));
  }

  // commit-status events go only to git and forwarding providers; git providers take only those
  // (or errors)
  private static boolean wants(String providerType, Event event) {
    boolean commitStatusEvent =
        event.hasMetadata(Event.META_COMMIT_STATUS, Event.COMMIT_STATUS_UPDATE);
    if (ProviderTypes.COMMIT_STATUS.contains(providerType)) {
      return commitStatusEvent || event.isError();
    }
    return !commitStatusEvent || ProviderTypes.FORWARDERS.contains(providerType);
  }
}
