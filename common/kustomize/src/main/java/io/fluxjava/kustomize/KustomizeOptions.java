package io.fluxjava.kustomize;

import java.nio.file.Path;

/**
 * Options of a build.
 *
 * @param sortOrder output order when the kustomization has no {@code sortOptions}: "legacy"
 *     (kustomize's default) or "fifo"
 * @param loadRestrictions whether files must lie under the kustomization that names them
 * @param boundary when not null, no file or directory outside it is ever read, whatever the load
 *     restrictions say (Flux builds an untrusted artifact this way)
 */
public record KustomizeOptions(String sortOrder, LoadRestrictions loadRestrictions, Path boundary) {

  /** The order {@code kubectl kustomize} uses by default. */
  public static final String LEGACY = "legacy";

  /** Keep the order in which resources were read. */
  public static final String FIFO = "fifo";

  /** kustomize's {@code --load-restrictor} values. */
  public enum LoadRestrictions {
    /** Files only in or below the kustomization's directory (kubectl's default). */
    ROOT_ONLY,
    /** Files anywhere, as Flux's kustomize-controller builds ({@code LoadRestrictionsNone}). */
    NONE
  }

  /** kubectl's defaults. */
  public static KustomizeOptions defaults() {
    return new KustomizeOptions(LEGACY, LoadRestrictions.ROOT_ONLY, null);
  }

  /** These options with other load restrictions. */
  public KustomizeOptions withLoadRestrictions(LoadRestrictions restrictions) {
    return new KustomizeOptions(sortOrder, restrictions, boundary);
  }

  /** These options with nothing read outside {@code directory}. */
  public KustomizeOptions confinedTo(Path directory) {
    return new KustomizeOptions(sortOrder, loadRestrictions, directory);
  }
}
