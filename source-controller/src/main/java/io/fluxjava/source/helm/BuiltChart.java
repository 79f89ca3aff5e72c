package io.fluxjava.source.helm;

import java.util.List;

/**
 * A chart ready to store: the packaged bytes, its name and version (the artifact revision), whether
 * it was packaged here (rather than pulled as is), and the values files merged into it.
 */
record BuiltChart(
    String name, String version, byte[] archive, boolean packaged, List<String> valuesFiles) {

  /** The file name {@code helm package} would give it. */
  String fileName() {
    return name + "-" + version + ".tgz";
  }

  /** Upstream's summary, used as the ArtifactInStorage/Ready message and event. */
  String summary() {
    return (packaged ? "packaged '" : "pulled '")
        + name
        + "' chart with version '"
        + version
        + "'"
        + (valuesFiles.isEmpty() ? "" : " and merged values files " + valuesFiles);
  }
}
