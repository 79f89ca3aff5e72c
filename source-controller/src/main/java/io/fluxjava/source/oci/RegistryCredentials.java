package io.fluxjava.source.oci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** A registry username and password, read from a Secret of any type Flux accepts. */
public record RegistryCredentials(String username, String password) {

  /** The key of a {@code kubernetes.io/dockerconfigjson} Secret. */
  public static final String DOCKER_CONFIG_JSON = ".dockerconfigjson";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The credentials for {@code host}: from {@code .dockerconfigjson} ({@code auths.<host>} with
   * {@code auth} or {@code username}/{@code password}), else from plain {@code username}/{@code
   * password} keys; null when the Secret has none for that host.
   */
  public static RegistryCredentials fromSecret(Map<String, byte[]> data, String host)
      throws IOException {
    byte[] dockerConfig = data.get(DOCKER_CONFIG_JSON);
    if (dockerConfig != null) {
      JsonNode auths = JSON.readTree(dockerConfig).path("auths");
      for (Map.Entry<String, JsonNode> entry : auths.properties()) {
        if (host.equals(stripScheme(entry.getKey()))) {
          return fromAuthEntry(entry.getValue());
        }
      }
      return null;
    }
    if (data.containsKey("username") && data.containsKey("password")) {
      return new RegistryCredentials(
          new String(data.get("username"), StandardCharsets.UTF_8),
          new String(data.get("password"), StandardCharsets.UTF_8));
    }
    return null;
  }

  private static RegistryCredentials fromAuthEntry(JsonNode entry) throws IOException {
    if (entry.hasNonNull("auth")) {
      String decoded =
          new String(
              Base64.getDecoder().decode(entry.get("auth").asText()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        throw new IOException("invalid auth entry in " + DOCKER_CONFIG_JSON);
      }
      return new RegistryCredentials(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
    return new RegistryCredentials(
        entry.path("username").asText(""), entry.path("password").asText(""));
  }

  private static String stripScheme(String key) {
    String host = key.replaceFirst("^https?://", "");
    int slash = host.indexOf('/');
    return slash < 0 ? host : host.substring(0, slash);
  }

  @Override
  public String toString() {
    return "RegistryCredentials[username=" + username + "]";
  }
}
