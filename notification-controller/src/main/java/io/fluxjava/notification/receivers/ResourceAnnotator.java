package io.fluxjava.notification.receivers;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fluxjava.api.FluxMetadata;
import io.fluxjava.api.notification.CrossNamespaceObjectReference;
import io.fluxjava.notification.alerts.WireNames;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Asks for a reconcile of a Receiver's resources by merge-patching {@code
 * reconcile.fluxcd.io/requestedAt} to the current time (in Go's {@code time.String()} form, as
 * upstream writes it).
 */
public final class ResourceAnnotator {

  /** Resource name that selects every object with the entry's {@code matchLabels}. */
  public static final String ANY_NAME = "*";

  // kinds whose apiVersion may be omitted in a Receiver
  private static final Map<String, String> DEFAULT_API_VERSIONS =
      Map.of(
          "Bucket", "source.toolkit.fluxcd.io/v1",
          "GitRepository", "source.toolkit.fluxcd.io/v1",
          "HelmChart", "source.toolkit.fluxcd.io/v1",
          "HelmRepository", "source.toolkit.fluxcd.io/v1",
          "OCIRepository", "source.toolkit.fluxcd.io/v1",
          "ImageRepository", "image.toolkit.fluxcd.io/v1beta2");

  private static final DateTimeFormatter GO_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSSSS Z 'UTC'").withZone(ZoneOffset.UTC);

  private final KubernetesClient client;
  private final Clock clock;

  public ResourceAnnotator(KubernetesClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  /**
   * Annotates the object(s) one {@code resources} entry names that {@code accepts} lets through.
   *
   * @return the names of the annotated objects
   * @throws IllegalStateException when the entry is invalid or an object cannot be read or patched
   */
  public List<String> annotate(
      CrossNamespaceObjectReference resource,
      String defaultNamespace,
      Predicate<GenericKubernetesResource> accepts) {
    String kind = WireNames.of(resource.getKind());
    String namespace =
        resource.getNamespace() == null || resource.getNamespace().isEmpty()
            ? defaultNamespace
            : resource.getNamespace();
    String apiVersion =
        resource.getApiVersion() == null || resource.getApiVersion().isEmpty()
            ? DEFAULT_API_VERSIONS.get(kind)
            : resource.getApiVersion();
    if (apiVersion == null) {
      throw new IllegalStateException("apiVersion must be specified for kind '" + kind + "'");
    }
    var objects = client.genericKubernetesResources(apiVersion, kind).inNamespace(namespace);
    String patch =
        "{\"metadata\":{\"annotations\":{\""
            + FluxMetadata.REQUESTED_AT
            + "\":\""
            + GO_TIME.format(clock.instant())
            + "\"}}}";
    try {
      List<GenericKubernetesResource> targets;
      if (ANY_NAME.equals(resource.getName())) {
        targets = objects.withLabels(resource.getMatchLabels()).list().getItems();
      } else {
        GenericKubernetesResource found = objects.withName(resource.getName()).get();
        if (found == null) {
          throw new IllegalStateException(
              "unable to read "
                  + kind
                  + " '"
                  + namespace
                  + "/"
                  + resource.getName()
                  + "': not found");
        }
        targets = List.of(found);
      }
      List<String> annotated = new ArrayList<>();
      for (GenericKubernetesResource target : targets) {
        if (accepts.test(target)) {
          String name = target.getMetadata().getName();
          objects.withName(name).patch(PatchContext.of(PatchType.JSON_MERGE), patch);
          annotated.add(name);
        }
      }
      return annotated;
    } catch (KubernetesClientException e) {
      throw new IllegalStateException(
          "unable to annotate "
              + kind
              + " '"
              + namespace
              + "/"
              + resource.getName()
              + "': "
              + e.getMessage(),
          e);
    }
  }
}
