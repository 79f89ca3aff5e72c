package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bitbucket Cloud build statuses; the token is {@code <user>:<app password>}. Addresses on
 * bitbucket.org use {@code api.bitbucket.org}; any other host is taken as serving {@code /2.0}.
 */
final class BitbucketNotifier implements Notifier {

  private final ProviderSettings settings;
  private final HttpSender http;
  private final String apiBase;
  private final List<String> ownerAndRepo;
  private final String authorization;

  BitbucketNotifier(ProviderSettings settings) {
    String[] credentials = settings.token().split(":", -1);
    if (credentials.length != 2) {
      throw new IllegalArgumentException("invalid token format, expected to be <user>:<password>");
    }
    this.settings = settings;
    this.http = new HttpSender(settings);
    GitAddress repository = GitAddress.parse(settings.address());
    this.ownerAndRepo = repository.idParts(2);
    this.apiBase =
        repository.host().equals("https://bitbucket.org")
            ? "https://api.bitbucket.org/2.0"
            : repository.host() + "/2.0";
    this.authorization = BasicAuth.header(credentials[0], credentials[1]);
  }

  @Override
  public void post(Event event) throws NotificationException {
    if (event.isProgressing()) {
      return;
    }
    String commit = CommitStatusText.commitHash(event);
    CommitStatusText text = CommitStatusText.of(event);
    Map<String, String> status = new LinkedHashMap<>();
    status.put("state", event.isError() ? "FAILED" : "SUCCESSFUL");
    // keys are limited to 40 characters
    status.put("key", Sha1.hex(CommitStatusText.statusId(settings.providerUid(), event)));
    status.put("name", text.name());
    status.put("description", text.description());
    status.put("url", "https://bitbucket.org");
    http.postJson(
        apiBase
            + "/repositories/"
            + ownerAndRepo.get(0)
            + "/"
            + ownerAndRepo.get(1)
            + "/commit/"
            + commit
            + "/statuses/build",
        status,
        Map.of("Authorization", authorization));
  }
}
