package io.fluxjava.notification.providers;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GitHub commit statuses: success/failure on the event's revision, context = status id; skipped
 * when the commit already shows the same state and description.
 */
final class GitHubCommitStatusNotifier extends CommitStatusNotifier {

  private final GitHubApi api;

  GitHubCommitStatusNotifier(ProviderSettings settings) {
    super(settings);
    this.api = GitHubApi.of(settings);
  }

  @Override
  protected void publish(CommitStatus status) throws NotificationException {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("state", status.state("success", "failure"));
    body.put("description", status.description());
    body.put("context", status.id());
    postUnlessShown(
        api.repositoryUrl() + "/commits/" + status.commit() + "/statuses?per_page=50",
        api.repositoryUrl() + "/statuses/" + status.commit(),
        body,
        api.headers());
  }
}
