package io.fluxjava.notification.providers;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bitbucket Server / Data Center build statuses; the address is the HTTP clone URL ({@code
 * https://host[/context]/scm/<project>/<repo>.git}); bearer token or username/password.
 */
final class BitbucketServerNotifier extends CommitStatusNotifier {

  private static final String SCM = "/scm/";

  private final String buildsBase;
  private final String authorization;

  BitbucketServerNotifier(ProviderSettings settings) {
    super(settings);
    if (settings.token().isEmpty()
        && (settings.username().isEmpty() || settings.password().isEmpty())) {
      throw new IllegalArgumentException(
          "invalid credentials, expected to be one of username/password or API Token");
    }
    GitAddress repository = GitAddress.parse(settings.address());
    if (!repository.host().startsWith("http")) {
      throw new IllegalArgumentException("Bitbucket Server address must be http or https");
    }
    String path = "/" + repository.id();
    int scm = path.lastIndexOf(SCM);
    if (scm < 0) {
      throw new IllegalArgumentException("supplied provider address is not http(s) git clone url");
    }
    String[] projectAndRepo = path.substring(scm + SCM.length()).split("/");
    if (projectAndRepo.length != 2) {
      throw new IllegalArgumentException("invalid repository id");
    }
    this.buildsBase =
        repository.host()
            + path.substring(0, scm)
            + "/rest/api/latest/projects/"
            + projectAndRepo[0]
            + "/repos/"
            + projectAndRepo[1]
            + "/commits/";
    this.authorization =
        settings.token().isEmpty()
            ? BasicAuth.header(settings.username(), settings.password())
            : "Bearer " + settings.token();
  }

  @Override
  protected void publish(CommitStatus status) throws NotificationException {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("description", status.description());
    body.put("key", Sha1.hex(status.id()));
    // Bitbucket Server shows only the name in its UI, so the description goes there too
    body.put("name", status.name() + " [" + status.description() + "]");
    body.put("state", status.state("SUCCESSFUL", "FAILED"));
    body.put("url", settings.address());
    http.postJson(
        buildsBase + status.commit() + "/builds",
        body,
        Map.of(
            "Authorization", authorization,
            "x-atlassian-token", "no-check",
            "x-requested-with", "XMLHttpRequest"));
  }
}
