package io.fluxjava.source.storage;

/**
 * Builds {@code status.artifact.url} values from the advertised address ({@code
 * --storage-adv-addr}), deriving that address from the bind address ({@code --storage-addr}) when
 * it is not given, as upstream does.
 */
public final class ArtifactUrls {

  private final String base;

  private ArtifactUrls(String base) {
    this.base = base;
  }

  /**
   * @param bindAddress {@code --storage-addr}, such as {@code :9090}
   * @param advertisedAddress {@code --storage-adv-addr}; blank to derive it from the bind address
   * @param hostname the pod's host name, used when the bind host is {@code 0.0.0.0}
   */
  public static ArtifactUrls of(String bindAddress, String advertisedAddress, String hostname) {
    String advertised =
        advertisedAddress == null || advertisedAddress.isBlank()
            ? deriveAdvertised(bindAddress, hostname)
            : advertisedAddress.strip();
    String withScheme =
        advertised.startsWith("http://") || advertised.startsWith("https://")
            ? advertised
            : "http://" + advertised;
    return new ArtifactUrls(stripTrailingSlashes(withScheme));
  }

  /** The URL of a file given by its path relative to the storage root. */
  public String urlFor(String relativePath) {
    return base + "/" + relativePath;
  }

  private static String deriveAdvertised(String bindAddress, String hostname) {
    int colon = bindAddress.lastIndexOf(':');
    String host = colon < 0 ? bindAddress : bindAddress.substring(0, colon);
    String port = colon < 0 ? "" : bindAddress.substring(colon);
    if (host.isEmpty()) {
      return "localhost" + port;
    }
    if (host.equals("0.0.0.0")) {
      return hostname + port;
    }
    return bindAddress;
  }

  private static String stripTrailingSlashes(String url) {
    String result = url;
    while (result.endsWith("/")) {
      result = result.substring(0, result.length() - 1);
    }
    return result;
  }
}
