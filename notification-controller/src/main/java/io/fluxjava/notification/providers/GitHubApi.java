package io.fluxjava.notification.providers;

import java.util.List;
import java.util.Map;

/**
 * A repository on GitHub's REST API (github.com or GitHub Enterprise): its URL and the headers of
 * every authenticated call.
 */
record GitHubApi(String repositoryUrl, Map<String, String> headers) {

  /** The API of the Provider's repository; the token is required, as upstream. */
  static GitHubApi of(ProviderSettings settings) {
    String token = settings.requiredToken("github token");
    GitAddress git = GitAddress.parse(settings.address());
    List<String> ownerAndRepo = git.idParts(2);
    String base =
        git.host().equals("https://github.com") ? "https://api.github.com" : git.host() + "/api/v3";
    return new GitHubApi(
        base + "/repos/" + ownerAndRepo.get(0) + "/" + ownerAndRepo.get(1),
        Map.of("Authorization", "Bearer " + token, "Accept", "application/vnd.github+json"));
  }
}
