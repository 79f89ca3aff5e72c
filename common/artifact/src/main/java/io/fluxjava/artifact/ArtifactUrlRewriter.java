package io.fluxjava.artifact;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * Points artifact URLs at another host when the consumer cannot resolve the advertised one, as
 * upstream's {@code SOURCE_CONTROLLER_LOCALHOST} (and {@code SOURCE_WATCHER_LOCALHOST} for URLs of
 * source-watcher) do: the host and port are replaced, the path kept.
 */
public final class ArtifactUrlRewriter {

  private static final String SOURCE_WATCHER_MARKER = "//source-watcher";

  private final String sourceControllerHost;
  private final String sourceWatcherHost;

  public ArtifactUrlRewriter(String sourceControllerHost, String sourceWatcherHost) {
    this.sourceControllerHost = blankToNull(sourceControllerHost);
    this.sourceWatcherHost = blankToNull(sourceWatcherHost);
  }

  /** Reads {@code SOURCE_CONTROLLER_LOCALHOST} and {@code SOURCE_WATCHER_LOCALHOST}. */
  public static ArtifactUrlRewriter fromEnvironment(Map<String, String> env) {
    return new ArtifactUrlRewriter(
        env.get("SOURCE_CONTROLLER_LOCALHOST"), env.get("SOURCE_WATCHER_LOCALHOST"));
  }

  /** The URL to download from. */
  public URI rewrite(URI url) {
    String host =
        url.toString().contains(SOURCE_WATCHER_MARKER) ? sourceWatcherHost : sourceControllerHost;
    if (host == null) {
      return url;
    }
    try {
      URI authority = new URI(url.getScheme() + "://" + host);
      return new URI(
          url.getScheme(),
          url.getUserInfo(),
          authority.getHost(),
          authority.getPort(),
          url.getPath(),
          url.getQuery(),
          url.getFragment());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("invalid artifact host override '" + host + "'", e);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
