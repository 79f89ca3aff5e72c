package io.fluxjava.kustomizecontroller.build;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.kustomize.PostBuild;
import io.fluxjava.api.kustomize.SubstituteReference;
import io.fluxjava.api.kustomize.SubstituteReferenceKind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Collects the variables of {@code spec.postBuild}: the data of the {@code substituteFrom}
 * ConfigMaps and Secrets in order (later ones win, a missing optional one is skipped), then the
 * inline {@code substitute} map, which wins over all. Newlines are removed from values, as upstream
 * does.
 */
public final class PostBuildVariables {

  private static final Pattern VALID_NAME = Pattern.compile("^[_\\p{Alpha}][_\\p{Alnum}]*$");

  private final KubernetesClient client;

  public PostBuildVariables(KubernetesClient client) {
    this.client = client;
  }

  /**
   * Reads the variables for a Kustomization in {@code namespace}.
   *
   * @throws BuildException when a required ConfigMap or Secret is missing or a name is invalid
   */
  public Map<String, String> load(PostBuild postBuild, String namespace) {
    Map<String, String> vars = new LinkedHashMap<>();
    List<SubstituteReference> refs =
        postBuild.getSubstituteFrom() == null ? List.of() : postBuild.getSubstituteFrom();
    for (SubstituteReference ref : refs) {
      vars.putAll(dataOf(ref, namespace));
    }
    if (postBuild.getSubstitute() != null) {
      postBuild.getSubstitute().forEach((k, v) -> vars.put(k, stripNewlines(v)));
    }
    for (String name : vars.keySet()) {
      if (!VALID_NAME.matcher(name).matches()) {
        throw new BuildException(
            "'" + name + "' var name is invalid, must match '" + VALID_NAME.pattern() + "'");
      }
    }
    return vars;
  }

  private Map<String, String> dataOf(SubstituteReference ref, String namespace) {
    boolean optional = Boolean.TRUE.equals(ref.getOptional());
    Map<String, String> values = new LinkedHashMap<>();
    if (ref.getKind() == SubstituteReferenceKind.SECRET) {
      Secret secret = client.secrets().inNamespace(namespace).withName(ref.getName()).get();
      if (secret == null) {
        return missing("Secret", ref.getName(), optional);
      }
      if (secret.getData() != null) {
        secret.getData().forEach((k, v) -> values.put(k, stripNewlines(decode(v))));
      }
    } else {
      ConfigMap map = client.configMaps().inNamespace(namespace).withName(ref.getName()).get();
      if (map == null) {
        return missing("ConfigMap", ref.getName(), optional);
      }
      if (map.getData() != null) {
        map.getData().forEach((k, v) -> values.put(k, stripNewlines(v)));
      }
    }
    return values;
  }

  private static Map<String, String> missing(String kind, String name, boolean optional) {
    if (optional) {
      return Map.of();
    }
    throw new BuildException(
        "substitute from '"
            + kind
            + "/"
            + name
            + "' error: "
            + kind.toLowerCase(Locale.ROOT)
            + "s \""
            + name
            + "\" not found");
  }

  private static String decode(String base64) {
    return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
  }

  private static String stripNewlines(String value) {
    return value == null ? "" : value.replace("\n", "");
  }
}
