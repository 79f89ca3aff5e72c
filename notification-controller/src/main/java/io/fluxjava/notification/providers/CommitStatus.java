package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One commit status a git provider publishes for an event: the commit, this Provider's identifier
 * for the object ({@code kind/name/<first UID segment>}), the texts and the outcome.
 */
record CommitStatus(
    String commit, String id, String name, String description, boolean failed, boolean pending) {

  private static final Pattern HASH = Pattern.compile("^(?:[0-9a-f]{40}|[0-9a-f]{64})$");

  /**
   * The status of the event's {@code revision}.
   *
   * @throws NotificationException (not retryable) when the revision is missing or has no hash
   */
  static CommitStatus of(Event event, String providerUid) throws NotificationException {
    CommitStatusText text = CommitStatusText.of(event);
    String uidPart = providerUid.split("-", 2)[0];
    String id =
        (event.involvedObject().kind() + "/" + event.involvedObject().name() + "/" + uidPart)
            .toLowerCase(Locale.ROOT);
    return new CommitStatus(
        commitHash(event),
        id,
        text.name(),
        text.description(),
        event.isError(),
        event.isProgressing());
  }

  /** The provider's word for this outcome. */
  String state(String success, String failure) {
    return failed ? failure : success;
  }

  // main@sha1:<hash>, sha1:<hash> or the legacy main/<hash>
  private static String commitHash(Event event) throws NotificationException {
    String revision = event.metadata().get(Event.META_REVISION);
    if (revision == null) {
      throw new NotificationException("missing revision metadata", false);
    }
    String hash = revision.substring(revision.lastIndexOf('@') + 1);
    hash = hash.substring(hash.indexOf(':') + 1);
    hash = hash.substring(hash.lastIndexOf('/') + 1);
    if (!HASH.matcher(hash).matches()) {
      throw new NotificationException(
          "failed to extract commit hash from '" + revision + "' revision", false);
    }
    return hash;
  }
}
