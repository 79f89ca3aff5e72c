package io.fluxjava.kustomizecontroller.sops;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The last guard before apply: a Secret that still carries SOPS metadata or an encrypted value
 * after decryption must not reach the cluster half-decrypted.
 */
public final class SopsResidueCheck {

  private static final String ENCRYPTED_MARKER = "ENC[AES256_GCM,";

  private SopsResidueCheck() {}

  /** Throws a {@link SopsException} naming the object when it is still (partly) encrypted. */
  public static void verify(Map<String, Object> resource) {
    if (!KubernetesObjects.isSecret(resource) || KubernetesObjects.isDecryptionDisabled(resource)) {
      return;
    }
    String name = "Secret/" + KubernetesObjects.namespacedName(resource);
    if (resource.containsKey(SopsMetadata.KEY)) {
      throw new SopsException(
          name
              + " is SOPS encrypted, configuring decryption is required for this secret to be"
              + " reconciled");
    }
    for (String field : new String[] {"stringData", "data"}) {
      Optional<String> key = findEncrypted(resource.get(field), field.equals("data"));
      if (key.isPresent()) {
        throw new SopsException(
            name
                + " still holds a SOPS-encrypted value in "
                + field
                + "."
                + key.get()
                + " after decryption");
      }
    }
  }

  private static Optional<String> findEncrypted(Object values, boolean base64) {
    if (!(values instanceof Map<?, ?> map)) {
      return Optional.empty();
    }
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (entry.getValue() instanceof String value && holdsMarker(value, base64)) {
        return Optional.of(entry.getKey().toString());
      }
    }
    return Optional.empty();
  }

  private static boolean holdsMarker(String value, boolean base64) {
    if (!base64) {
      return value.contains(ENCRYPTED_MARKER);
    }
    try {
      return new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8)
          .contains(ENCRYPTED_MARKER);
    } catch (IllegalArgumentException e) {
      return value.contains(ENCRYPTED_MARKER);
    }
  }
}
