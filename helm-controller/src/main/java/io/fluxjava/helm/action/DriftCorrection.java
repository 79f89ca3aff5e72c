package io.fluxjava.helm.action;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fluxjava.api.helm.CRDsPolicy;
import io.fluxjava.api.helm.DriftDetection;
import io.fluxjava.api.helm.DriftDetectionMode;
import io.fluxjava.api.helm.HelmMetadata;
import io.fluxjava.api.helm.HelmReleaseConditionTypes;
import io.fluxjava.api.helm.HelmReleaseReasons;
import io.fluxjava.apply.ChangeAction;
import io.fluxjava.apply.ChangeSet;
import io.fluxjava.apply.ChangeSetEntry;
import io.fluxjava.apply.ObjectId;
import io.fluxjava.helm.render.ManifestDocument;
import io.fluxjava.helm.render.ManifestParser;
import io.fluxjava.helm.storage.StoredRelease;
import io.fluxjava.runtime.events.ObjectEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Drift detection ({@code spec.driftDetection.mode}): compares the cluster with the deployed
 * manifest through a dry-run apply; {@code enabled} re-applies the drifted objects, {@code warn}
 * only reports them. Objects marked {@code helm.toolkit.fluxcd.io/driftDetection: disabled} are
 * left out.
 */
public final class DriftCorrection {

  private final ReleaseTools tools;

  public DriftCorrection(ReleaseTools tools) {
    this.tools = tools;
  }

  /** Checks (and with mode enabled corrects) the deployed revision; records events. */
  public void check(ReleaseRun run, StoredRelease deployed, ObjectEvents events)
      throws InterruptedException {
    DriftDetection drift = run.release().getSpec().getDriftDetection();
    DriftDetectionMode mode = drift == null ? null : drift.getMode();
    if (mode == null || mode == DriftDetectionMode.DISABLED) {
      run.conditions().delete(HelmReleaseConditionTypes.DRIFTED);
      return;
    }
    List<ManifestDocument> manifest =
        ManifestParser.parse(deployed.manifest()).stream().filter(d -> !optedOut(d)).toList();
    DriftIgnoreRules ignored = new DriftIgnoreRules(drift.getIgnore());
    List<ChangeSetEntry> drifted =
        tools
            .applier()
            .diff(run, manifest, ignored)
            .withAction(ChangeAction.CREATED, ChangeAction.CONFIGURED);
    String reference = run.describe(deployed);
    if (drifted.isEmpty()) {
      run.conditions()
          .markFalse(
              HelmReleaseConditionTypes.DRIFTED,
              HelmReleaseReasons.NO_DRIFT_DETECTED,
              "No drift detected for release " + reference);
      return;
    }
    String changes = ChangeSet.lines(drifted);
    if (mode == DriftDetectionMode.WARN) {
      String message =
          "Cluster state of release "
              + reference
              + " has drifted from the desired state:\n"
              + changes;
      run.conditions()
          .markTrue(HelmReleaseConditionTypes.DRIFTED, HelmReleaseReasons.DRIFT_DETECTED, message);
      events.warning(HelmReleaseReasons.DRIFT_DETECTED, message);
      return;
    }
    tools
        .applier()
        .apply(run, corrections(run, manifest, drifted, ignored), CRDsPolicy.SKIP, false);
    String message = "Cluster state of release " + reference + " has been corrected:\n" + changes;
    run.conditions()
        .markFalse(
            HelmReleaseConditionTypes.DRIFTED, HelmReleaseReasons.NO_DRIFT_DETECTED, message);
    events.normal(HelmReleaseReasons.DRIFT_DETECTED, message);
  }

  /** The drifted documents, carrying the live values of their ignored fields. */
  private List<ManifestDocument> corrections(
      ReleaseRun run,
      List<ManifestDocument> manifest,
      List<ChangeSetEntry> drifted,
      DriftIgnoreRules ignored) {
    Set<ObjectId> ids = drifted.stream().map(ChangeSetEntry::id).collect(Collectors.toSet());
    ReleaseObjects objects = new ReleaseObjects(tools.applier().client());
    IgnoredFieldsOverlay overlay = new IgnoredFieldsOverlay(tools.applier().client(), ignored);
    List<ManifestDocument> corrections = new ArrayList<>();
    for (ManifestDocument document : manifest) {
      GenericKubernetesResource prepared =
          objects.prepare(document.object(), run.releaseName(), run.targetNamespace());
      if (ids.contains(ObjectId.of(prepared))) {
        corrections.add(overlay.keepLive(document, prepared));
      }
    }
    return corrections;
  }

  private static boolean optedOut(ManifestDocument document) {
    Object metadata = document.object().get("metadata");
    Object labels = metadata instanceof Map<?, ?> m ? m.get("labels") : null;
    return HelmMetadata.DISABLED.equalsIgnoreCase(
            document.annotations().getOrDefault(HelmMetadata.DRIFT_DETECTION, ""))
        || labels instanceof Map<?, ?> l
            && HelmMetadata.DISABLED.equalsIgnoreCase(
                String.valueOf(l.get(HelmMetadata.DRIFT_DETECTION)));
  }
}
