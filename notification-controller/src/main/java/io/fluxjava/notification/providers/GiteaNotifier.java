package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gitea/Forgejo commit statuses; progressing events show as pending; repeats are skipped. */
final class GiteaNotifier implements Notifier {

  private final ProviderSettings settings;
  private final HttpSender http;
  private final GitAddress repository;
  private final List<String> ownerAndRepo;

  GiteaNotifier(ProviderSettings settings) {
    settings.requiredToken("gitea token");
    this.settings = settings;
    this.http = new HttpSender(settings);
    this.repository = GitAddress.parse(settings.address());
    this.ownerAndRepo = repository.idParts(2);
  }

  @Override
  public void post(Event event) throws NotificationException {
    String commit = CommitStatusText.commitHash(event);
    Map<String, String> status = new LinkedHashMap<>();
    status.put("state", state(event));
    status.put("target_url", "");
    status.put("description", CommitStatusText.of(event).description());
    status.put("context", CommitStatusText.statusId(settings.providerUid(), event));
    String statuses =
        repository.host()
            + "/api/v1/repos/"
            + ownerAndRepo.get(0)
            + "/"
            + ownerAndRepo.get(1)
            + "/statuses/"
            + commit;
    Map<String, String> headers = Map.of("Authorization", "token " + settings.token());
    String existing = http.send("GET", statuses + "?limit=50", null, headers);
    if (LatestStatus.alreadySet(
        existing, status.get("context"), status.get("state"), status.get("description"))) {
      return;
    }
    http.postJson(statuses, status, headers);
  }

  private static String state(Event event) {
    if (event.isProgressing()) {
      return "pending";
    }
    return event.isError() ? "failure" : "success";
  }
}
