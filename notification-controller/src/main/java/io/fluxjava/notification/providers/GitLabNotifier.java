package io.fluxjava.notification.providers;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** GitLab commit statuses ({@code POST /api/v4/projects/:id/statuses/:sha}). */
final class GitLabNotifier extends CommitStatusNotifier {

  private final String statusesBase;

  GitLabNotifier(ProviderSettings settings) {
    super(settings);
    settings.requiredToken("gitlab token");
    GitAddress repository = GitAddress.parse(settings.address());
    this.statusesBase =
        repository.host()
            + "/api/v4/projects/"
            + URLEncoder.encode(repository.id(), StandardCharsets.UTF_8)
            + "/statuses/";
  }

  @Override
  protected void publish(CommitStatus status) throws NotificationException {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("state", status.state("success", "failed"));
    body.put("name", status.id());
    body.put("description", status.description());
    http.postJson(statusesBase + status.commit(), body, Map.of("PRIVATE-TOKEN", settings.token()));
  }
}
