package io.fluxjava.runtime.josdk;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.api.config.ConfigurationService;
import io.javaoperatorsdk.operator.api.config.ResolvedControllerConfiguration;
import io.javaoperatorsdk.operator.api.config.informer.InformerConfiguration;
import io.javaoperatorsdk.operator.processing.retry.Retry;
import java.util.Map;

/**
 * The SDK configuration of one Flux controller. It reports Flux's finalizer {@code
 * finalizers.fluxcd.io}, which the SDK's own validation rejects (it wants {@code domain/name}), by
 * overriding the getter instead of passing the name to the validating constructor.
 */
final class FluxControllerConfiguration<T extends HasMetadata>
    extends ResolvedControllerConfiguration<T> {

  FluxControllerConfiguration(
      String name,
      String reconcilerClassName,
      String fieldManager,
      Retry retry,
      ConfigurationService configurationService,
      InformerConfiguration<T> informer) {
    super(
        name,
        false,
        reconcilerClassName,
        retry,
        null,
        null,
        null,
        Map.of(),
        fieldManager,
        configurationService,
        informer,
        true,
        null);
  }
}
