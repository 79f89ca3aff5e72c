package io.fluxjava.helm.action;

import io.fluxjava.helm.storage.StoredRelease;

/** Marks the deployed revisions older than a new one as superseded, as Helm does on success. */
final class Supersede {

  private Supersede() {}

  static void older(ReleaseTools tools, ReleaseRun run, int newVersion) {
    for (StoredRelease old : tools.storage().history(run.storageNamespace(), run.releaseName())) {
      if (old.version() < newVersion
          && (StoredRelease.DEPLOYED.equals(old.status())
              || StoredRelease.FAILED.equals(old.status()))) {
        tools
            .storage()
            .save(
                run.storageNamespace(),
                old.withStatus(StoredRelease.SUPERSEDED, old.info().description()));
      }
    }
  }
}
