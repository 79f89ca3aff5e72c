package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Azure DevOps commit statuses; the address is {@code https://dev.azure.com/<org>/<project>/_git/
 * <repo>} and the token a personal access token.
 */
final class AzureDevOpsNotifier implements Notifier {

  private static final String GENRE = "fluxcd";

  private final ProviderSettings settings;
  private final HttpSender http;
  private final String statusesBase;

  AzureDevOpsNotifier(ProviderSettings settings) {
    settings.requiredToken("azure devops token");
    GitAddress repository = GitAddress.parse(settings.address());
    List<String> parts = repository.idParts(4);
    this.settings = settings;
    this.http = new HttpSender(settings);
    this.statusesBase =
        repository.host()
            + "/"
            + parts.get(0)
            + "/"
            + parts.get(1)
            + "/_apis/git/repositories/"
            + parts.get(3)
            + "/commits/";
  }

  @Override
  public void post(Event event) throws NotificationException {
    if (event.isProgressing()) {
      return;
    }
    String commit = CommitStatusText.commitHash(event);
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("state", event.isError() ? "error" : "succeeded");
    status.put("description", CommitStatusText.of(event).description());
    status.put(
        "context",
        Map.of("genre", GENRE, "name", CommitStatusText.statusId(settings.providerUid(), event)));
    http.postJson(
        statusesBase + commit + "/statuses?api-version=6.0",
        status,
        Map.of("Authorization", BasicAuth.header("", settings.token())));
  }
}
