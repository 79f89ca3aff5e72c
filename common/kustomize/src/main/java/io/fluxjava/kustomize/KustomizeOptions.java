package io.fluxjava.kustomize;

/**
 * Options of a build.
 *
 * @param sortOrder output order when the kustomization has no {@code sortOptions}: "legacy"
 *     (kustomize's default) or "fifo"
 */
public record KustomizeOptions(String sortOrder) {

  /** The order {@code kubectl kustomize} uses by default. */
  public static final String LEGACY = "legacy";

  /** Keep the order in which resources were read. */
  public static final String FIFO = "fifo";

  /** kubectl's defaults. */
  public static KustomizeOptions defaults() {
    return new KustomizeOptions(LEGACY);
  }
}
