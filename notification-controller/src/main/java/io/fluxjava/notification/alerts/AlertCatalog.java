package io.fluxjava.notification.alerts;

import java.util.List;
import java.util.Optional;

/** Where the event router finds the current Alerts and the Providers they name. */
public interface AlertCatalog {

  /** Every Alert in the watched namespaces. */
  List<AlertRule> alerts();

  /** The Provider {@code namespace/name}, or empty when it does not exist or cannot be built. */
  Optional<ProviderTarget> provider(String namespace, String name);
}
