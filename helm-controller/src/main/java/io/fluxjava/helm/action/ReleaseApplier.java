package io.fluxjava.helm.action;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.helm.CRDsPolicy;
import io.fluxjava.apply.ApplyEngine;
import io.fluxjava.apply.ApplyOptions;
import io.fluxjava.apply.ChangeAction;
import io.fluxjava.apply.ChangeSet;
import io.fluxjava.apply.ChangeSetEntry;
import io.fluxjava.apply.Fabric8ClusterClient;
import io.fluxjava.apply.IgnoredFields;
import io.fluxjava.apply.Pruner;
import io.fluxjava.apply.health.HealthPoller;
import io.fluxjava.apply.health.StatusReader;
import io.fluxjava.apply.health.WaitOptions;
import io.fluxjava.apply.inventory.InventoryDiff;
import io.fluxjava.apply.inventory.InventoryEntry;
import io.fluxjava.helm.render.ManifestDocument;
import io.fluxjava.helm.render.ManifestParser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sends a release's objects to the cluster through the shared server-side apply engine (field
 * manager {@code helm-controller}), waits for them with kstatus, and deletes what a release no
 * longer renders.
 */
public final class ReleaseApplier {

  /** The label Helm puts on a namespace it creates. */
  private static final String NAMESPACE_NAME_LABEL = "name";

  private final KubernetesClient client;
  private final ApplyOptions baseOptions;
  private final Duration pollInterval;
  private final ReleaseObjects objects;

  public ReleaseApplier(KubernetesClient client, ApplyOptions baseOptions, Duration pollInterval) {
    this.client = client;
    this.baseOptions = baseOptions;
    this.pollInterval = pollInterval;
    this.objects = new ReleaseObjects(client);
  }

  KubernetesClient client() {
    return client;
  }

  /**
   * Applies the chart's CRDs as the policy says, then the release objects.
   *
   * @throws io.fluxjava.apply.ApplyException naming the first object that was rejected
   */
  public ChangeSet apply(
      ReleaseRun run, List<ManifestDocument> manifest, CRDsPolicy crdPolicy, boolean force)
      throws InterruptedException {
    List<GenericKubernetesResource> desired = new ArrayList<>();
    desired.addAll(crdsToApply(run, crdPolicy));
    desired.addAll(objects.prepare(manifest, run.releaseName(), run.targetNamespace()));
    ApplyOptions options = baseOptions.withForce(force).withOwnerLabels(run.ownerLabels());
    return new ApplyEngine(client).apply(desired, options);
  }

  /**
   * Creates the namespace when it does not exist, labelled {@code name: <namespace>} as Helm's
   * {@code --create-namespace} does; an existing one is left as it is.
   */
  public void createNamespaceIfMissing(String namespace) {
    if (client.namespaces().withName(namespace).get() == null) {
      client
          .namespaces()
          .resource(
              new NamespaceBuilder()
                  .withNewMetadata()
                  .withName(namespace)
                  .withLabels(Map.of(NAMESPACE_NAME_LABEL, namespace))
                  .endMetadata()
                  .build())
          .create();
    }
  }

  /** What applying the manifest would change, writing nothing (drift detection). */
  public ChangeSet diff(ReleaseRun run, List<ManifestDocument> manifest, IgnoredFields ignored)
      throws InterruptedException {
    return new ApplyEngine(client)
        .diff(
            objects.prepare(manifest, run.releaseName(), run.targetNamespace()),
            baseOptions.withOwnerLabels(run.ownerLabels()),
            ignored);
  }

  /**
   * Waits until every applied object is Current.
   *
   * @throws io.fluxjava.apply.health.HealthCheckException naming the objects that are not
   */
  public void waitReady(ChangeSet applied, Duration timeout) throws InterruptedException {
    new HealthPoller(new Fabric8ClusterClient(client), StatusReader.kstatus())
        .waitForCurrent(applied.notSkipped(), new WaitOptions(pollInterval, timeout, false));
  }

  /** Deletes the objects of the previous manifest that the new one no longer has. */
  public void deleteStale(ReleaseRun run, String previousManifest, ChangeSet applied) {
    List<InventoryEntry> previous = inventoryOf(run, previousManifest);
    new Pruner(new Fabric8ClusterClient(client))
        .prune(InventoryDiff.stale(previous, applied.toInventory()), run.ownerLabels());
  }

  /** Deletes the objects an apply created ({@code cleanupOnFail} after a failed upgrade). */
  public void deleteCreated(ReleaseRun run, ChangeSet applied) {
    new Pruner(new Fabric8ClusterClient(client))
        .prune(
            applied.withAction(ChangeAction.CREATED).stream().map(ChangeSetEntry::object).toList(),
            run.ownerLabels());
  }

  /** Deletes every object of a stored manifest with the given propagation (uninstall). */
  public void deleteAll(ReleaseRun run, String manifest, DeletionPropagation propagation) {
    new Pruner(new Fabric8ClusterClient(client))
        .prune(inventoryOf(run, manifest), run.ownerLabels(), propagation);
  }

  private List<InventoryEntry> inventoryOf(ReleaseRun run, String manifest) {
    return objects
        .prepare(ManifestParser.parse(manifest), run.releaseName(), run.targetNamespace())
        .stream()
        .map(InventoryEntry::of)
        .toList();
  }

  private List<GenericKubernetesResource> crdsToApply(ReleaseRun run, CRDsPolicy policy) {
    if (policy == CRDsPolicy.SKIP) {
      return List.of();
    }
    return run.rendered().crds().stream()
        .filter(crd -> policy == CRDsPolicy.CREATE_REPLACE || !exists(crd))
        .map(crd -> objects.prepare(crd.object(), run.releaseName(), run.targetNamespace()))
        .toList();
  }

  private boolean exists(ManifestDocument crd) {
    return client.apiextensions().v1().customResourceDefinitions().withName(crd.name()).get()
        != null;
  }
}
