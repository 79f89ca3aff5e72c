package io.fluxjava.source.support;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** Reads the decoded data of a Secret that a source object references in its own namespace. */
public final class SecretData {

  private final KubernetesClient client;

  public SecretData(KubernetesClient client) {
    this.client = client;
  }

  /** The Secret's keys with decoded values ({@code stringData} honoured too). */
  public Map<String, byte[]> read(String namespace, String name) throws SecretException {
    Secret secret;
    try {
      secret = client.secrets().inNamespace(namespace).withName(name).get();
    } catch (KubernetesClientException e) {
      throw new SecretException(namespace, name, e.getMessage());
    }
    if (secret == null) {
      throw new SecretException(namespace, name, "secrets \"" + name + "\" not found");
    }
    Map<String, byte[]> data = new HashMap<>();
    if (secret.getData() != null) {
      secret.getData().forEach((key, value) -> data.put(key, Base64.getDecoder().decode(value)));
    }
    if (secret.getStringData() != null) {
      secret
          .getStringData()
          .forEach((key, value) -> data.put(key, value.getBytes(StandardCharsets.UTF_8)));
    }
    return data;
  }

  /** A value as UTF-8 text, or null when the key is absent. */
  public static String text(Map<String, byte[]> data, String key) {
    byte[] value = data.get(key);
    return value == null ? null : new String(value, StandardCharsets.UTF_8);
  }

  /** A referenced Secret could not be read. */
  public static final class SecretException extends Exception {
    private static final long serialVersionUID = 1L;

    SecretException(String namespace, String name, String cause) {
      super("failed to get secret '" + namespace + "/" + name + "': " + cause);
    }
  }
}
