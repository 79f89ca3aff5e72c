package io.fluxjava.source.oci;

import java.net.URI;

/** An {@code oci://<host>[:port]/<repository>} URL split into registry host and repository path. */
public record OciReference(String host, String repository) {

  /** The URL scheme of OCI sources. */
  public static final String SCHEME = "oci://";

  /** Parses an {@code oci://} URL; fails with a message fit for a status condition. */
  public static OciReference parse(String url) {
    if (url == null || !url.startsWith(SCHEME)) {
      throw new IllegalArgumentException("URL scheme must be '" + SCHEME + "': '" + url + "'");
    }
    String rest = url.substring(SCHEME.length());
    while (rest.endsWith("/")) {
      rest = rest.substring(0, rest.length() - 1);
    }
    int slash = rest.indexOf('/');
    if (slash <= 0 || slash == rest.length() - 1) {
      throw new IllegalArgumentException("URL must name a repository: '" + url + "'");
    }
    String host = rest.substring(0, slash);
    // Fails with IllegalArgumentException on a host (or port) that is not valid in a URL.
    URI.create("http://" + host);
    return new OciReference(host, rest.substring(slash + 1));
  }

  /** The same registry, one path segment deeper (a chart under an OCI Helm repository). */
  public OciReference child(String name) {
    return new OciReference(host, repository + "/" + name);
  }

  @Override
  public String toString() {
    return SCHEME + host + "/" + repository;
  }
}
