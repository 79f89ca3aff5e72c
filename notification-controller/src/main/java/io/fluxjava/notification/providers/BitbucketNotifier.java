package io.fluxjava.notification.providers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bitbucket Cloud build statuses; the token is {@code <user>:<app password>}. Addresses on
 * bitbucket.org use {@code api.bitbucket.org}; any other host is taken as serving {@code /2.0}.
 */
final class BitbucketNotifier extends CommitStatusNotifier {

  private final String statusesBase;
  private final String authorization;

  BitbucketNotifier(ProviderSettings settings) {
    super(settings);
    String[] credentials = settings.token().split(":", -1);
    if (credentials.length != 2) {
      throw new IllegalArgumentException("invalid token format, expected to be <user>:<password>");
    }
    GitAddress repository = GitAddress.parse(settings.address());
    List<String> ownerAndRepo = repository.idParts(2);
    String apiBase =
        repository.host().equals("https://bitbucket.org")
            ? "https://api.bitbucket.org/2.0"
            : repository.host() + "/2.0";
    this.statusesBase =
        apiBase + "/repositories/" + ownerAndRepo.get(0) + "/" + ownerAndRepo.get(1) + "/commit/";
    this.authorization = BasicAuth.header(credentials[0], credentials[1]);
  }

  @Override
  protected void publish(CommitStatus status) throws NotificationException {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("state", status.state("SUCCESSFUL", "FAILED"));
    // keys are limited to 40 characters
    body.put("key", Sha1.hex(status.id()));
    body.put("name", status.name());
    body.put("description", status.description());
    body.put("url", "https://bitbucket.org");
    http.postJson(
        statusesBase + status.commit() + "/statuses/build",
        body,
        Map.of("Authorization", authorization));
  }
}
