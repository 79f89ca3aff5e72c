package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** GitLab commit statuses ({@code POST /api/v4/projects/:id/statuses/:sha}). */
final class GitLabNotifier implements Notifier {

  private final ProviderSettings settings;
  private final HttpSender http;
  private final GitAddress repository;

  GitLabNotifier(ProviderSettings settings) {
    settings.requiredToken("gitlab token");
    this.settings = settings;
    this.http = new HttpSender(settings);
    this.repository = GitAddress.parse(settings.address());
  }

  @Override
  public void post(Event event) throws NotificationException {
    if (event.isProgressing()) {
      return;
    }
    String commit = CommitStatusText.commitHash(event);
    Map<String, String> status = new LinkedHashMap<>();
    status.put("state", event.isError() ? "failed" : "success");
    status.put("name", CommitStatusText.statusId(settings.providerUid(), event));
    status.put("description", CommitStatusText.of(event).description());
    String project = URLEncoder.encode(repository.id(), StandardCharsets.UTF_8);
    http.postJson(
        repository.host() + "/api/v4/projects/" + project + "/statuses/" + commit,
        status,
        Map.of("PRIVATE-TOKEN", settings.token()));
  }
}
