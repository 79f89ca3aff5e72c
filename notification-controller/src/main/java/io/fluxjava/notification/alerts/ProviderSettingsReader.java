package io.fluxjava.notification.alerts;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.meta.LocalObjectReference;
import io.fluxjava.api.notification.Provider;
import io.fluxjava.api.notification.ProviderSpec;
import io.fluxjava.notification.providers.ProviderSettings;
import io.fluxjava.runtime.GoDuration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.net.ssl.TrustManagerFactory;

/**
 * Builds {@link ProviderSettings} from a Provider and its Secrets: {@code secretRef} keys override
 * the spec ({@code address}, {@code token}, {@code username}, {@code password}, {@code headers},
 * {@code proxy}); {@code proxySecretRef} gives {@code address}; {@code certSecretRef} gives {@code
 * ca.crt}.
 */
public final class ProviderSettingsReader {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final KubernetesClient client;

  public ProviderSettingsReader(KubernetesClient client) {
    this.client = client;
  }

  /**
   * The settings of a Provider.
   *
   * @throws IllegalArgumentException when a referenced Secret or key is missing or invalid
   */
  public ProviderSettings read(Provider provider) {
    ProviderSpec spec = provider.getSpec();
    String namespace = provider.getMetadata().getNamespace();
    Map<String, String> secret = secretData(namespace, spec.getSecretRef());
    Map<String, String> proxySecret = secretData(namespace, spec.getProxySecretRef());
    String proxy = firstOf(proxySecret.get("address"), secret.get("proxy"), spec.getProxy());
    return new ProviderSettings(
        WireNames.of(spec.getType()),
        firstOf(secret.get("address"), spec.getAddress()),
        spec.getChannel(),
        firstOf(secret.get("username"), spec.getUsername()),
        secret.get("token"),
        secret.get("password"),
        headers(secret.get("headers")),
        proxy,
        trust(namespace, spec.getCertSecretRef()),
        timeout(spec.getTimeout()),
        provider.getMetadata().getUid());
  }

  private Map<String, String> secretData(String namespace, LocalObjectReference ref) {
    if (ref == null || ref.getName() == null) {
      return Map.of();
    }
    Secret secret = client.secrets().inNamespace(namespace).withName(ref.getName()).get();
    if (secret == null) {
      throw new IllegalArgumentException(
          "failed to read Secret '" + namespace + "/" + ref.getName() + "'");
    }
    Map<String, String> data = new HashMap<>();
    if (secret.getData() != null) {
      Base64.Decoder decoder = Base64.getDecoder();
      secret
          .getData()
          .forEach(
              (k, v) -> data.put(k, new String(decoder.decode(v), StandardCharsets.UTF_8).trim()));
    }
    if (secret.getStringData() != null) {
      data.putAll(secret.getStringData());
    }
    return data;
  }

  private TrustManagerFactory trust(String namespace, LocalObjectReference ref) {
    if (ref == null || ref.getName() == null) {
      return null;
    }
    String ca = secretData(namespace, ref).get("ca.crt");
    if (ca == null) {
      throw new IllegalArgumentException("no 'ca.crt' key in Secret '" + ref.getName() + "'");
    }
    try {
      return TrustStores.trusting(ca.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("invalid CA in Secret '" + ref.getName() + "'", e);
    }
  }

  private static Map<String, String> headers(String yaml) {
    if (yaml == null || yaml.isBlank()) {
      return Map.of();
    }
    try {
      return YAML.readValue(yaml, new TypeReference<Map<String, String>>() {});
    } catch (IOException e) {
      throw new IllegalArgumentException("invalid 'headers' in Secret: not a YAML map", e);
    }
  }

  private static Duration timeout(String text) {
    return text == null || text.isEmpty() ? null : GoDuration.parse(text);
  }

  private static String firstOf(String... values) {
    for (String value : values) {
      if (value != null && !value.isEmpty()) {
        return value;
      }
    }
    return "";
  }
}
