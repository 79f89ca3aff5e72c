package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.util.Map;

/**
 * The common flow of the git providers: skip events of a reconcile still in progress (unless the
 * provider shows pending statuses), read the commit status from the event, publish it.
 */
abstract class CommitStatusNotifier extends HttpNotifier {

  CommitStatusNotifier(ProviderSettings settings) {
    super(settings);
  }

  @Override
  public final void post(Event event) throws NotificationException {
    if (event.isProgressing() && !showsPending()) {
      return;
    }
    publish(CommitStatus.of(event, settings.providerUid()));
  }

  /** Sends the status to the provider's API. */
  protected abstract void publish(CommitStatus status) throws NotificationException;

  /** True for providers that show progressing events as a pending status. */
  protected boolean showsPending() {
    return false;
  }

  /**
   * Posts {@code status} unless the commit's newest status of the same context already has its
   * state and description; GitHub and Gitea cap statuses per commit, so repeats are skipped.
   */
  protected void postUnlessShown(
      String listUrl, String postUrl, Map<String, String> status, Map<String, String> headers)
      throws NotificationException {
    String existing = http.send("GET", listUrl, null, headers);
    if (!LatestStatus.alreadySet(existing, status)) {
      http.postJson(postUrl, status, headers);
    }
  }
}
