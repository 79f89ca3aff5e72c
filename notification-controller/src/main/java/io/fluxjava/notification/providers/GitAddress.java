package io.fluxjava.notification.providers;

import java.net.URI;
import java.util.List;

/**
 * A repository address of a git provider, e.g. {@code https://github.com/org/repo} or {@code
 * ssh://git@host/org/repo.git}: the HTTP(S) host and the repository path ("id").
 */
record GitAddress(String host, String id) {

  /** Parses an address; SSH forms map to HTTPS on the same host. */
  static GitAddress parse(String address) {
    String text = address;
    if (!text.contains("://") && text.contains("@") && text.contains(":")) {
      // scp-like git@host:org/repo.git
      text =
          "ssh://"
              + text.substring(0, text.indexOf(':'))
              + "/"
              + text.substring(text.indexOf(':') + 1);
    }
    URI uri = URI.create(text);
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("invalid repository address");
    }
    String scheme = "ssh".equals(uri.getScheme()) ? "https" : uri.getScheme();
    String port = uri.getPort() > 0 && !"ssh".equals(uri.getScheme()) ? ":" + uri.getPort() : "";
    String id = uri.getPath().replaceAll("^/+", "");
    if (id.endsWith(".git")) {
      id = id.substring(0, id.length() - ".git".length());
    }
    return new GitAddress(scheme + "://" + uri.getHost() + port, id);
  }

  /** The id split on {@code /}, checked to have the expected number of parts. */
  List<String> idParts(int expected) {
    List<String> parts = List.of(id.split("/"));
    if (parts.size() != expected) {
      throw new IllegalArgumentException("invalid repository id \"" + id + "\"");
    }
    return parts;
  }
}
