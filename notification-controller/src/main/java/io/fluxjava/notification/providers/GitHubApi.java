package io.fluxjava.notification.providers;

import java.util.List;
import java.util.Map;

/** Where GitHub's REST API lives for a repository address (github.com or GitHub Enterprise). */
record GitHubApi(String baseUrl, String owner, String repo) {

  static GitHubApi of(String address) {
    GitAddress git = GitAddress.parse(address);
    List<String> parts = git.idParts(2);
    String base =
        git.host().equals("https://github.com") ? "https://api.github.com" : git.host() + "/api/v3";
    return new GitHubApi(base, parts.get(0), parts.get(1));
  }

  /** The headers of every authenticated API call. */
  static Map<String, String> headers(String token) {
    return Map.of("Authorization", "Bearer " + token, "Accept", "application/vnd.github+json");
  }
}
