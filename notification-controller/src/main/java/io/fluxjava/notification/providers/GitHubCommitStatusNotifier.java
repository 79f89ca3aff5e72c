package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.util.LinkedHashMap;
import java.util.Map;

/** GitHub commit statuses: success/failure on the event's revision, context = status id. */
final class GitHubCommitStatusNotifier implements Notifier {

  private final ProviderSettings settings;
  private final HttpSender http;
  private final GitHubApi api;

  GitHubCommitStatusNotifier(ProviderSettings settings) {
    if (settings.token().isEmpty()) {
      throw new IllegalArgumentException("github token cannot be empty");
    }
    this.settings = settings;
    this.http = new HttpSender(settings);
    this.api = GitHubApi.of(settings.address());
  }

  @Override
  public void post(Event event) throws NotificationException {
    if (Event.REASON_PROGRESSING.equals(event.reason())) {
      return;
    }
    String commit = CommitStatusText.commitHash(event);
    Map<String, String> status = new LinkedHashMap<>();
    status.put("state", event.isError() ? "failure" : "success");
    status.put("description", CommitStatusText.of(event).description());
    status.put("context", CommitStatusText.statusId(settings.providerUid(), event));
    http.postJson(
        api.baseUrl() + "/repos/" + api.owner() + "/" + api.repo() + "/statuses/" + commit,
        status,
        GitHubApi.headers(settings.token()));
  }
}
