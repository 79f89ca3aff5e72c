package io.fluxjava.notification.providers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Azure DevOps commit statuses; the address is {@code https://dev.azure.com/<org>/<project>/_git/
 * <repo>} and the token a personal access token.
 */
final class AzureDevOpsNotifier extends CommitStatusNotifier {

  private static final String GENRE = "fluxcd";

  private final String statusesBase;

  AzureDevOpsNotifier(ProviderSettings settings) {
    super(settings);
    settings.requiredToken("azure devops token");
    GitAddress repository = GitAddress.parse(settings.address());
    List<String> parts = repository.idParts(4);
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
  protected void publish(CommitStatus status) throws NotificationException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("state", status.state("succeeded", "error"));
    body.put("description", status.description());
    body.put("context", Map.of("genre", GENRE, "name", status.id()));
    http.postJson(
        statusesBase + status.commit() + "/statuses?api-version=6.0",
        body,
        Map.of("Authorization", BasicAuth.header("", settings.token())));
  }
}
