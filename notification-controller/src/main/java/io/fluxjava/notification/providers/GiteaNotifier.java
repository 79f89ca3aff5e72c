package io.fluxjava.notification.providers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gitea/Forgejo commit statuses; progressing events show as pending; repeats are skipped. */
final class GiteaNotifier extends CommitStatusNotifier {

  private final String statusesBase;
  private final Map<String, String> headers;

  GiteaNotifier(ProviderSettings settings) {
    super(settings);
    String token = settings.requiredToken("gitea token");
    GitAddress repository = GitAddress.parse(settings.address());
    List<String> ownerAndRepo = repository.idParts(2);
    this.statusesBase =
        repository.host()
            + "/api/v1/repos/"
            + ownerAndRepo.get(0)
            + "/"
            + ownerAndRepo.get(1)
            + "/statuses/";
    this.headers = Map.of("Authorization", "token " + token);
  }

  @Override
  protected boolean showsPending() {
    return true;
  }

  @Override
  protected void publish(CommitStatus status) throws NotificationException {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("state", status.pending() ? "pending" : status.state("success", "failure"));
    body.put("target_url", "");
    body.put("description", status.description());
    body.put("context", status.id());
    String statuses = statusesBase + status.commit();
    postUnlessShown(statuses + "?limit=50", statuses, body, headers);
  }
}
