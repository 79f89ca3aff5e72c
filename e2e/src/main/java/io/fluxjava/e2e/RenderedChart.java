package io.fluxjava.e2e;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The objects {@code helm template} produced from the chart, with look-ups by kind and name. */
public final class RenderedChart {

  private final List<GenericKubernetesResource> objects;

  private RenderedChart(List<GenericKubernetesResource> objects) {
    this.objects = objects;
  }

  /** Parses helm's multi-document output; empty documents (disabled templates) are skipped. */
  public static RenderedChart parse(String manifests) {
    return new RenderedChart(
        Arrays.stream(manifests.split("(?m)^---\\s*$"))
            .filter(document -> document.lines().anyMatch(line -> line.startsWith("kind:")))
            .map(document -> Serialization.unmarshal(document, GenericKubernetesResource.class))
            .toList());
  }

  /** Every rendered object, in helm's install order. */
  public List<GenericKubernetesResource> objects() {
    return objects;
  }

  /** The objects of one kind. */
  public List<GenericKubernetesResource> ofKind(String kind) {
    return objects.stream().filter(object -> kind.equals(object.getKind())).toList();
  }

  /** The object of this kind and name, if rendered. */
  public Optional<GenericKubernetesResource> find(String kind, String name) {
    return ofKind(kind).stream()
        .filter(object -> name.equals(object.getMetadata().getName()))
        .findFirst();
  }

  /** The object of this kind and name; fails when it was not rendered. */
  public GenericKubernetesResource get(String kind, String name) {
    return find(kind, name)
        .orElseThrow(() -> new NoSuchElementException(kind + " " + name + " was not rendered"));
  }

  /** A controller's Deployment as a typed object. */
  public Deployment deployment(Controller controller) {
    return Serialization.unmarshal(
        Serialization.asJson(get("Deployment", controller.deploymentName())), Deployment.class);
  }

  /** The controller's container ({@code manager}). */
  public Container container(Controller controller) {
    return deployment(controller).getSpec().getTemplate().getSpec().getContainers().stream()
        .filter(container -> "manager".equals(container.getName()))
        .findFirst()
        .orElseThrow();
  }

  /** The names of the controller container's ports. */
  public List<String> portNames(Controller controller) {
    return container(controller).getPorts().stream().map(ContainerPort::getName).toList();
  }
}
