package io.fluxjava.kustomizecontroller.sops;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decrypts one object of a build's output, as upstream does after {@code kustomize build}: an
 * object with a top-level {@code sops} map carrying a MAC is decrypted as a whole (the {@code sops}
 * key disappears); otherwise each {@code data} value of a Secret that is itself a SOPS file is
 * decrypted and written in the format its key's extension implies. Objects annotated {@code
 * kustomize.toolkit.fluxcd.io/decrypt: Disabled} are returned unchanged.
 */
public final class SopsResourceDecryptor {

  private final SopsDecryptor decryptor;

  public SopsResourceDecryptor(SopsDecryptor decryptor) {
    this.decryptor = decryptor;
  }

  /** Returns the decrypted object (a new map), or the given one when there is nothing to do. */
  public Map<String, Object> decrypt(Map<String, Object> resource) {
    if (KubernetesObjects.isDecryptionDisabled(resource)) {
      return resource;
    }
    if (isEncryptedResource(resource)) {
      try {
        return decryptor.decryptTree(resource);
      } catch (SopsException e) {
        throw new SopsException(
            "failed to decrypt and format '"
                + KubernetesObjects.namespacedName(resource)
                + "' "
                + resource.get("kind")
                + " data: "
                + e.getMessage(),
            e);
      }
    }
    if ("Secret".equals(resource.get("kind")) && resource.get("data") instanceof Map<?, ?> data) {
      return withDecryptedDataValues(resource, data);
    }
    return resource;
  }

  private static boolean isEncryptedResource(Map<String, Object> resource) {
    return resource.get(SopsMetadata.KEY) instanceof Map<?, ?> sops
        && sops.get("mac") instanceof String mac
        && !mac.isEmpty();
  }

  private Map<String, Object> withDecryptedDataValues(
      Map<String, Object> resource, Map<?, ?> data) {
    Map<String, Object> decrypted = new LinkedHashMap<>();
    data.forEach(
        (key, value) ->
            decrypted.put(
                key.toString(), decryptDataValue(resource, key.toString(), value).orElse(value)));
    Map<String, Object> copy = new LinkedHashMap<>(resource);
    copy.put("data", decrypted);
    return copy;
  }

  private Optional<Object> decryptDataValue(
      Map<String, Object> resource, String key, Object value) {
    if (!(value instanceof String encoded)) {
      return Optional.empty();
    }
    byte[] content;
    try {
      content = Base64.getDecoder().decode(encoded);
    } catch (IllegalArgumentException e) {
      // Not base64: a user error that the apply step reports better than we could.
      return Optional.empty();
    }
    Optional<SopsFormat> input = SopsFormat.detect(content);
    if (input.isEmpty()) {
      return Optional.empty();
    }
    try {
      byte[] plain = decryptor.decrypt(content, input.get(), SopsFormat.forPath(key));
      return Optional.of(Base64.getEncoder().encodeToString(plain));
    } catch (SopsException e) {
      throw new SopsException(
          "failed to decrypt and format '"
              + KubernetesObjects.namespacedName(resource)
              + "' Secret field '"
              + key
              + "': "
              + e.getMessage(),
          e);
    }
  }
}
