package io.fluxjava.e2e.scale;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The benchmark's YAML templates under {@code /scale/}, with {@code ${KEY}} placeholders. */
final class ScaleTemplates {

  /** One application: ServiceAccount, ConfigMap, Service and a Deployment scaled to 0. */
  static final String APP = "app.yaml";

  static final String GIT_REPOSITORY = "gitrepository.yaml";
  static final String KUSTOMIZATION = "kustomization.yaml";
  static final String HELM_REPOSITORY = "helmrepository.yaml";
  static final String HELM_RELEASE = "helmrelease.yaml";

  private ScaleTemplates() {}

  /** The template with every {@code ${KEY}} replaced by its value. */
  static String text(String template, Map<String, String> values) {
    String text = raw(template);
    for (Map.Entry<String, String> value : values.entrySet()) {
      text = text.replace("${" + value.getKey() + "}", value.getValue());
    }
    return text;
  }

  /** The objects of the filled-in template, in document order. */
  static List<GenericKubernetesResource> objects(String template, Map<String, String> values) {
    return Arrays.stream(text(template, values).split("(?m)^---\\s*$"))
        .filter(document -> document.lines().anyMatch(line -> line.startsWith("kind:")))
        .map(document -> Serialization.unmarshal(document, GenericKubernetesResource.class))
        .toList();
  }

  /** The application objects of app {@code name} in {@code namespace}. */
  static List<GenericKubernetesResource> app(String name, String namespace) {
    return objects(APP, Map.of("NAME", name, "NAMESPACE", namespace));
  }

  private static String raw(String template) {
    try (InputStream in = ScaleTemplates.class.getResourceAsStream("/scale/" + template)) {
      if (in == null) {
        throw new IllegalStateException("missing benchmark template " + template);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
