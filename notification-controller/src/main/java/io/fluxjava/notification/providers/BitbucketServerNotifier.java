package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bitbucket Server / Data Center build statuses; the address is the HTTP clone URL ({@code
 * https://host[/context]/scm/<project>/<repo>.git}); bearer token or username/password.
 */
final class BitbucketServerNotifier implements Notifier {

  private static final String SCM = "/scm/";

  private final ProviderSettings settings;
  private final HttpSender http;
  private final String buildsBase;
  private final String authorization;

  BitbucketServerNotifier(ProviderSettings settings) {
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
    this.settings = settings;
    this.http = new HttpSender(settings);
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
  public void post(Event event) throws NotificationException {
    if (event.isProgressing()) {
      return;
    }
    String commit = CommitStatusText.commitHash(event);
    CommitStatusText text = CommitStatusText.of(event);
    Map<String, String> status = new LinkedHashMap<>();
    status.put("description", text.description());
    status.put("key", Sha1.hex(CommitStatusText.statusId(settings.providerUid(), event)));
    // Bitbucket Server shows only the name in its UI, so the description goes there too
    status.put("name", text.name() + " [" + text.description() + "]");
    status.put("state", event.isError() ? "FAILED" : "SUCCESSFUL");
    status.put("url", settings.address());
    http.postJson(
        buildsBase + commit + "/builds",
        status,
        Map.of(
            "Authorization", authorization,
            "x-atlassian-token", "no-check",
            "x-requested-with", "XMLHttpRequest"));
  }
}
