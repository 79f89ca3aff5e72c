package io.fluxjava.api;

import io.fabric8.kubernetes.client.CustomResource;
import io.fluxjava.api.helm.HelmRelease;
import io.fluxjava.api.kustomize.Kustomization;
import io.fluxjava.api.notification.Alert;
import io.fluxjava.api.notification.Provider;
import io.fluxjava.api.notification.Receiver;
import io.fluxjava.api.source.Bucket;
import io.fluxjava.api.source.ExternalArtifact;
import io.fluxjava.api.source.GitRepository;
import io.fluxjava.api.source.HelmChart;
import io.fluxjava.api.source.HelmRepository;
import io.fluxjava.api.source.OCIRepository;
import java.util.List;

/** Every Flux kind this project serves, one custom resource class per CRD. */
public final class FluxKinds {

  public static final List<Class<? extends CustomResource<?, ?>>> ALL =
      List.of(
          GitRepository.class,
          HelmRepository.class,
          HelmChart.class,
          Bucket.class,
          OCIRepository.class,
          ExternalArtifact.class,
          Kustomization.class,
          HelmRelease.class,
          Alert.class,
          Provider.class,
          Receiver.class);

  /**
   * Class-path resource of the generated CRD of a kind, e.g. {@code
   * META-INF/fabric8/gitrepositories.source.toolkit.fluxcd.io-v1.yml}.
   */
  public static String crdResource(Class<? extends CustomResource<?, ?>> kind) {
    return "META-INF/fabric8/" + crdFileName(kind);
  }

  /** File name the CRD generator gives the CRD of a kind. */
  public static String crdFileName(Class<? extends CustomResource<?, ?>> kind) {
    return CustomResource.getCRDName(kind) + "-v1.yml";
  }

  private FluxKinds() {}
}
