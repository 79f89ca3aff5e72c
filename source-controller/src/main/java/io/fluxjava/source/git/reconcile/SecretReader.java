package io.fluxjava.source.git.reconcile;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** Reads the decoded data of a Secret in the object's namespace. */
final class SecretReader {

  private final KubernetesClient client;

  SecretReader(KubernetesClient client) {
    this.client = client;
  }

  /** The Secret's keys with decoded values; {@code stringData} is honoured too. */
  Map<String, byte[]> read(String namespace, String name) throws SecretException {
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

  /** A referenced Secret could not be read. */
  static final class SecretException extends Exception {
    SecretException(String namespace, String name, String cause) {
      super("failed to get secret '" + namespace + "/" + name + "': " + cause);
    }
  }
}
