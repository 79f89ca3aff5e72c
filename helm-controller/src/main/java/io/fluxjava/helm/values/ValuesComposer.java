package io.fluxjava.helm.values;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.helm.HelmRelease;
import io.fluxjava.api.meta.ValuesReference;
import io.fluxjava.api.meta.ValuesReferenceKind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Composes the values of a HelmRelease as upstream does: each {@code valuesFrom} entry in order
 * (whole YAML documents merged, or one value set at {@code targetPath}), then {@code values}.
 */
public final class ValuesComposer {

  /** The key read when a reference names none. */
  public static final String DEFAULT_VALUES_KEY = "values.yaml";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final KubernetesClient client;

  public ValuesComposer(KubernetesClient client) {
    this.client = client;
  }

  /**
   * The merged values.
   *
   * @throws ValuesException naming the reference that is missing or does not parse
   */
  @SuppressWarnings("unchecked")
  public ComposedValues compose(HelmRelease release) {
    Map<String, Object> result = new LinkedHashMap<>();
    String namespace = release.getMetadata().getNamespace();
    List<ValuesReference> references = release.getSpec().getValuesFrom();
    for (ValuesReference ref : references == null ? List.<ValuesReference>of() : references) {
      read(namespace, ref).ifPresent(content -> apply(result, ref, content));
    }
    if (release.getSpec().getValues() != null && !release.getSpec().getValues().isNull()) {
      ValuesMerger.mergeInto(result, JSON.convertValue(release.getSpec().getValues(), Map.class));
    }
    return new ComposedValues(result);
  }

  private Optional<String> read(String namespace, ValuesReference ref) {
    String key = ref.getValuesKey() == null ? DEFAULT_VALUES_KEY : ref.getValuesKey();
    boolean optional = Boolean.TRUE.equals(ref.getOptional());
    String kind = ref.getKind() == ValuesReferenceKind.SECRET ? "Secret" : "ConfigMap";
    String where = kind + " '" + namespace + "/" + ref.getName() + "'";
    Map<String, String> data = data(namespace, ref);
    if (data == null) {
      return optionalOrFail(optional, "could not find " + where);
    }
    String content = data.get(key);
    if (content == null) {
      return optionalOrFail(optional, "missing key '" + key + "' in " + where);
    }
    return Optional.of(content);
  }

  private Map<String, String> data(String namespace, ValuesReference ref) {
    if (ref.getKind() == ValuesReferenceKind.SECRET) {
      Secret secret = client.secrets().inNamespace(namespace).withName(ref.getName()).get();
      if (secret == null) {
        return null;
      }
      Map<String, String> decoded = new LinkedHashMap<>();
      if (secret.getData() != null) {
        secret
            .getData()
            .forEach(
                (k, v) ->
                    decoded.put(
                        k, new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8)));
      }
      if (secret.getStringData() != null) {
        decoded.putAll(secret.getStringData());
      }
      return decoded;
    }
    ConfigMap map = client.configMaps().inNamespace(namespace).withName(ref.getName()).get();
    return map == null ? null : map.getData() == null ? Map.of() : map.getData();
  }

  private static Optional<String> optionalOrFail(boolean optional, String message) {
    if (optional) {
      return Optional.empty();
    }
    throw new ValuesException(message);
  }

  @SuppressWarnings("unchecked")
  private static void apply(Map<String, Object> result, ValuesReference ref, String content) {
    if (ref.getTargetPath() != null && !ref.getTargetPath().isEmpty()) {
      Object value =
          Boolean.TRUE.equals(ref.getLiteral()) ? content : ScalarValues.infer(content.trim());
      ValuesMerger.setPath(result, ref.getTargetPath(), value);
      return;
    }
    Object parsed;
    try {
      parsed = new Load(LoadSettings.builder().build()).loadFromString(content);
    } catch (RuntimeException e) {
      throw new ValuesException(
          "unable to read values from key '"
              + (ref.getValuesKey() == null ? DEFAULT_VALUES_KEY : ref.getValuesKey())
              + "' in "
              + ref.getKind()
              + " '"
              + ref.getName()
              + "': "
              + e.getMessage());
    }
    if (parsed instanceof Map<?, ?> map) {
      ValuesMerger.mergeInto(result, (Map<String, Object>) map);
    }
  }
}
