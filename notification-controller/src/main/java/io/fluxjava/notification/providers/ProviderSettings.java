package io.fluxjava.notification.providers;

import java.time.Duration;
import java.util.Map;
import javax.net.ssl.TrustManagerFactory;

/**
 * Everything a notifier needs from a Provider and its Secrets: spec values already overridden by
 * the {@code secretRef} keys {@code address}, {@code token}, {@code username}, {@code password},
 * {@code headers} and {@code proxy}; {@code trust} is null unless {@code certSecretRef} names a
 * custom CA. {@link #toString()} hides the secrets.
 */
public record ProviderSettings(
    String type,
    String address,
    String channel,
    String username,
    String token,
    String password,
    Map<String, String> headers,
    String proxy,
    TrustManagerFactory trust,
    Duration timeout,
    String providerUid) {

  /** Upstream's default of {@code spec.timeout}. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

  public ProviderSettings {
    address = orEmpty(address);
    channel = orEmpty(channel);
    username = orEmpty(username);
    token = orEmpty(token);
    password = orEmpty(password);
    proxy = orEmpty(proxy);
    providerUid = orEmpty(providerUid);
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
  }

  /** Settings of the given type and address with every optional value empty. */
  public static ProviderSettings of(String type, String address) {
    return new ProviderSettings(
        type, address, null, null, null, null, null, null, null, null, null);
  }

  /**
   * The token of a provider that cannot work without one; fails as upstream's factory does with
   * "{@code <what> cannot be empty}".
   */
  public String requiredToken(String what) {
    if (token.isEmpty()) {
      throw new IllegalArgumentException(what + " cannot be empty");
    }
    return token;
  }

  @Override
  public String toString() {
    // the address may embed a webhook secret (Slack, Teams); never print it, nor the credentials
    return "ProviderSettings[type=" + type + ", channel=" + channel + "]";
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
