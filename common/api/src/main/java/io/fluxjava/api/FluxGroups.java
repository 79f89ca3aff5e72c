package io.fluxjava.api;

/** The API groups of the Flux kinds. */
public final class FluxGroups {

  public static final String SOURCE = "source.toolkit.fluxcd.io";
  public static final String KUSTOMIZE = "kustomize.toolkit.fluxcd.io";
  public static final String HELM = "helm.toolkit.fluxcd.io";
  public static final String NOTIFICATION = "notification.toolkit.fluxcd.io";

  private FluxGroups() {}
}
