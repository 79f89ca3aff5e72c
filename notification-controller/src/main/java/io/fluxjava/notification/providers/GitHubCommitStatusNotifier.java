package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GitHub commit statuses: success/failure on the event's revision, context = status id; skipped
 * when the commit already shows the same state and description.
 */
final class GitHubCommitStatusNotifier implements Notifier {

  private final ProviderSettings settings;
  private final HttpSender http;
  private final GitHubApi api;

  GitHubCommitStatusNotifier(ProviderSettings settings) {
    settings.requiredToken("github token");
    this.settings = settings;
    this.http = new HttpSender(settings);
    this.api = GitHubApi.of(settings.address());
  }

  @Override
  public void post(Event event) throws NotificationException {
    if (event.isProgressing()) {
      return;
    }
    String commit = CommitStatusText.commitHash(event);
    Map<String, String> status = new LinkedHashMap<>();
    status.put("state", event.isError() ? "failure" : "success");
    status.put("description", CommitStatusText.of(event).description());
    status.put("context", CommitStatusText.statusId(settings.providerUid(), event));
    String repository = api.baseUrl() + "/repos/" + api.owner() + "/" + api.repo();
    Map<String, String> headers = GitHubApi.headers(settings.token());
    String existing =
        http.send(
            "GET", repository + "/commits/" + commit + "/statuses?per_page=50", null, headers);
    if (LatestStatus.alreadySet(
        existing, status.get("context"), status.get("state"), status.get("description"))) {
      return;
    }
    http.postJson(repository + "/statuses/" + commit, status, headers);
  }
}
