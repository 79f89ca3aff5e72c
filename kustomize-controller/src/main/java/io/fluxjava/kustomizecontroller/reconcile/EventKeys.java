package io.fluxjava.kustomizecontroller.reconcile;

/** Event metadata keys (posted prefixed with the Kustomization's API group). */
final class EventKeys {

  static final String REVISION = "revision";
  static final String ORIGIN_REVISION = "originRevision";
  static final String COMMIT_STATUS = "commit_status";
  static final String COMMIT_STATUS_UPDATE = "update";

  /** Artifact metadata key of the origin revision (OCI artifacts built from Git). */
  static final String OCI_REVISION_ANNOTATION = "org.opencontainers.image.revision";

  private EventKeys() {}
}
