package io.fluxjava.runtime.options;

import io.fluxjava.runtime.GoDuration;
import java.time.Duration;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The flags every Flux controller shares (fluxcd/pkg/runtime), under upstream's names.
 *
 * @param controllerName e.g. {@code kustomize-controller}: event source, lease and field owner
 * @param runtimeNamespace the namespace the controller runs in ({@code RUNTIME_NAMESPACE})
 */
public record FluxOptions(
    String controllerName,
    String runtimeNamespace,
    int concurrent,
    Duration requeueDependency,
    String eventsAddr,
    boolean watchAllNamespaces,
    String watchLabelSelector,
    boolean noCrossNamespaceRefs,
    String defaultServiceAccount,
    boolean enableLeaderElection,
    ListenAddress metricsAddr,
    ListenAddress healthAddr,
    String logLevel,
    String logEncoding,
    int intervalJitterPercentage,
    Duration minRetryDelay,
    Duration maxRetryDelay) {

  /** Flags that take no value; {@code --name} alone means true. */
  public static final Set<String> BOOLEAN_FLAGS =
      Set.of("watch-all-namespaces", "no-cross-namespace-refs", "enable-leader-election");

  /**
   * Reads the flags from a property lookup keyed by flag name (for example {@code concurrent},
   * {@code requeue-dependency}), falling back to upstream's defaults.
   */
  public static FluxOptions from(UnaryOperator<String> property, String controllerName) {
    Lookup flags = new Lookup(property);
    return new FluxOptions(
        controllerName,
        flags.string("RUNTIME_NAMESPACE", "flux-system"),
        Integer.parseInt(flags.string("concurrent", "4")),
        flags.duration("requeue-dependency", "30s"),
        flags.string("events-addr", ""),
        flags.bool("watch-all-namespaces", true),
        flags.string("watch-label-selector", ""),
        flags.bool("no-cross-namespace-refs", false),
        flags.string("default-service-account", ""),
        flags.bool("enable-leader-election", false),
        ListenAddress.parse(flags.string("metrics-addr", ":8080")),
        ListenAddress.parse(flags.string("health-addr", ":9440")),
        flags.string("log-level", "info"),
        flags.string("log-encoding", "json"),
        Integer.parseInt(flags.string("interval-jitter-percentage", "5")),
        flags.duration("min-retry-delay", "750ms"),
        flags.duration("max-retry-delay", "15m"));
  }

  /** The namespaces to watch; empty means all. */
  public Set<String> watchedNamespaces() {
    return watchAllNamespaces ? Set.of() : Set.of(runtimeNamespace);
  }

  /** The name of the leader-election Lease. */
  public String leaseName() {
    return controllerName + "-leader-election";
  }

  private record Lookup(UnaryOperator<String> property) {
    String string(String name, String fallback) {
      String value = property.apply(name);
      return value == null ? fallback : value;
    }

    boolean bool(String name, boolean fallback) {
      String value = property.apply(name);
      // "--flag" without a value arrives as an empty string and means true, as in Go's flag package
      return value == null ? fallback : value.isEmpty() || Boolean.parseBoolean(value);
    }

    Duration duration(String name, String fallback) {
      return GoDuration.parse(string(name, fallback));
    }
  }
}
