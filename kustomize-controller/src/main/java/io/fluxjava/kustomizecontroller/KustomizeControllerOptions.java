package io.fluxjava.kustomizecontroller;

import io.fluxjava.runtime.GoDuration;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The flags and feature gates only kustomize-controller has, under upstream's names.
 *
 * @param strictSubstitution feature gate {@code StrictPostBuildSubstitutions} (default true)
 * @param failFast health checks stop at the first failed object (gate {@code
 *     DisableFailFastBehavior}, default false)
 * @param sopsAgeSecret {@code --sops-age-secret}: fallback age keys in the runtime namespace
 * @param overrideManagers {@code --override-manager}: field managers whose fields are taken over
 * @param httpRetry {@code --http-retry}: retries of artifact downloads
 * @param healthPollInterval time between health polls (upstream: 5 s)
 */
public record KustomizeControllerOptions(
    boolean strictSubstitution,
    boolean failFast,
    String sopsAgeSecret,
    List<String> overrideManagers,
    int httpRetry,
    Duration healthPollInterval) {

  static final String STRICT_SUBSTITUTIONS_GATE = "StrictPostBuildSubstitutions";
  static final String DISABLE_FAIL_FAST_GATE = "DisableFailFastBehavior";

  public KustomizeControllerOptions {
    overrideManagers = List.copyOf(overrideManagers);
  }

  /** Upstream's defaults. */
  public static KustomizeControllerOptions defaults() {
    return from(name -> null);
  }

  /** Reads the flags from a lookup keyed by flag name, e.g. {@code feature-gates}. */
  public static KustomizeControllerOptions from(UnaryOperator<String> property) {
    Map<String, Boolean> gates = featureGates(property.apply("feature-gates"));
    String managers = property.apply("override-manager");
    String pollInterval = property.apply("health-poll-interval");
    String retries = property.apply("http-retry");
    return new KustomizeControllerOptions(
        gates.getOrDefault(STRICT_SUBSTITUTIONS_GATE, true),
        !gates.getOrDefault(DISABLE_FAIL_FAST_GATE, false),
        orEmpty(property.apply("sops-age-secret")),
        managers == null || managers.isBlank()
            ? List.of()
            : Arrays.stream(managers.split(",")).map(String::trim).toList(),
        retries == null ? 9 : Integer.parseInt(retries),
        GoDuration.parse(pollInterval == null ? "5s" : pollInterval));
  }

  private static Map<String, Boolean> featureGates(String value) {
    Map<String, Boolean> gates = new HashMap<>();
    if (value == null || value.isBlank()) {
      return gates;
    }
    for (String gate : value.split(",")) {
      String[] parts = gate.trim().split("=", 2);
      gates.put(parts[0], parts.length == 1 || Boolean.parseBoolean(parts[1]));
    }
    return gates;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
