package io.fluxjava.notification.alerts;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.fluxjava.api.notification.Alert;
import io.fluxjava.api.notification.Provider;
import io.fluxjava.notification.providers.NotifierFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alerts and Providers from informer caches. A Provider's notifier (and with it its HTTP client) is
 * built once per Provider version and reused for {@link #SECRET_REFRESH}, so Secret changes apply
 * within that time without reading Secrets for every event.
 */
public final class KubernetesAlertCatalog implements AlertCatalog, AutoCloseable {

  /** How long a notifier built from a Provider's Secrets is reused. */
  public static final Duration SECRET_REFRESH = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(KubernetesAlertCatalog.class);

  private final SharedIndexInformer<Alert> alerts;
  private final SharedIndexInformer<Provider> providers;
  private final ProviderSettingsReader settings;
  private final Clock clock;
  private final Map<String, CachedTarget> targets = new ConcurrentHashMap<>();

  private record CachedTarget(String resourceVersion, long expiresAt, ProviderTarget target) {}

  /**
   * @param namespace the only namespace to watch, or null for all ({@code --watch-all-namespaces})
   */
  public KubernetesAlertCatalog(KubernetesClient client, String namespace, Clock clock) {
    this.alerts = Informers.of(client.resources(Alert.class), namespace);
    this.providers = Informers.of(client.resources(Provider.class), namespace);
    this.settings = new ProviderSettingsReader(client);
    this.clock = clock;
  }

  @Override
  public List<AlertRule> alerts() {
    return alerts.getStore().list().stream().map(AlertRules::from).toList();
  }

  @Override
  public Optional<ProviderTarget> provider(String namespace, String name) {
    Provider provider = providers.getStore().getByKey(Cache.namespaceKeyFunc(namespace, name));
    if (provider == null) {
      return Optional.empty();
    }
    String key = namespace + "/" + name;
    String version = provider.getMetadata().getResourceVersion();
    long now = clock.millis();
    CachedTarget cached = targets.get(key);
    if (cached != null && cached.resourceVersion().equals(version) && cached.expiresAt() > now) {
      return Optional.of(cached.target());
    }
    try {
      ProviderTarget target =
          new ProviderTarget(
              key,
              WireNames.of(provider.getSpec().getType()),
              Boolean.TRUE.equals(provider.getSpec().getSuspend()),
              NotifierFactory.create(settings.read(provider)));
      targets.put(key, new CachedTarget(version, now + SECRET_REFRESH.toMillis(), target));
      return Optional.of(target);
    } catch (RuntimeException e) {
      LOG.error("failed to initialise provider {}: {}", key, e.getMessage());
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    alerts.close();
    providers.close();
  }
}
