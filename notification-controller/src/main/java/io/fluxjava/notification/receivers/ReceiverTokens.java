package io.fluxjava.notification.receivers;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.notification.Receiver;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Reads the {@code token} key of a Receiver's {@code secretRef}. */
public final class ReceiverTokens {

  /** The Secret key holding the token. */
  public static final String TOKEN_KEY = "token";

  private final KubernetesClient client;

  public ReceiverTokens(KubernetesClient client) {
    this.client = client;
  }

  /**
   * The token.
   *
   * @throws IllegalStateException with upstream's message when the Secret or key is missing
   */
  public String read(Receiver receiver) {
    String namespace = receiver.getMetadata().getNamespace();
    String name =
        receiver.getSpec().getSecretRef() == null
            ? ""
            : receiver.getSpec().getSecretRef().getName();
    Secret secret = client.secrets().inNamespace(namespace).withName(name).get();
    if (secret == null) {
      throw new IllegalStateException(
          "unable to read token from secret '" + namespace + "/" + name + "': not found");
    }
    if (secret.getData() != null && secret.getData().containsKey(TOKEN_KEY)) {
      return new String(
          Base64.getDecoder().decode(secret.getData().get(TOKEN_KEY)), StandardCharsets.UTF_8);
    }
    if (secret.getStringData() != null && secret.getStringData().containsKey(TOKEN_KEY)) {
      return secret.getStringData().get(TOKEN_KEY);
    }
    throw new IllegalStateException(
        "invalid '" + namespace + "/" + name + "' secret data: required field 'token'");
  }
}
