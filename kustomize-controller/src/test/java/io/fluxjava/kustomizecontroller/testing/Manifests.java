package io.fluxjava.kustomizecontroller.testing;

import io.fabric8.kubernetes.api.model.Condition;
import io.fluxjava.api.kustomize.Kustomization;
import io.fluxjava.api.meta.ResourceRef;
import java.util.List;

/** Small YAML manifests and status readers shared by the Kustomization tests. */
public final class Manifests {

  private Manifests() {}

  public static String configMap(String name, String key, String value) {
    return """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: %s
          namespace: default
        data:
          %s: "%s"
        """
        .formatted(name, key, value);
  }

  public static String deployment(String name, String image) {
    return """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: %s
          namespace: default
        spec:
          replicas: 1
          selector:
            matchLabels:
              app: %s
          template:
            metadata:
              labels:
                app: %s
            spec:
              containers:
              - name: app
                image: %s
        """
        .formatted(name, name, name, image);
  }

  public static String namespace(String name) {
    return """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: %s
        """
        .formatted(name);
  }

  public static String kustomization(String... resources) {
    StringBuilder out =
        new StringBuilder(
            "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n");
    for (String resource : resources) {
      out.append("- ").append(resource).append('\n');
    }
    return out.toString();
  }

  /** The condition of {@code type}; fails when absent. */
  public static Condition condition(Kustomization ks, String type) {
    if (ks.getStatus() == null || ks.getStatus().getConditions() == null) {
      throw new AssertionError("no conditions yet on " + ks.getMetadata().getName());
    }
    return ks.getStatus().getConditions().stream()
        .filter(c -> type.equals(c.getType()))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no " + type + " condition in " + ks.getStatus().getConditions()));
  }

  /** The Ready condition as {@code "<status> <reason>: <message>"}, readable in failures. */
  public static String ready(Kustomization ks) {
    Condition c = condition(ks, "Ready");
    return c.getStatus() + " " + c.getReason() + ": " + c.getMessage();
  }

  /** Whether a condition of {@code type} is present. */
  public static boolean hasCondition(Kustomization ks, String type) {
    return ks.getStatus().getConditions() != null
        && ks.getStatus().getConditions().stream().anyMatch(c -> type.equals(c.getType()));
  }

  /** The inventory ids of the Kustomization. */
  public static List<String> inventoryIds(Kustomization ks) {
    return ks.getStatus().getInventory() == null
        ? List.of()
        : ks.getStatus().getInventory().getEntries().stream().map(ResourceRef::getId).toList();
  }
}
