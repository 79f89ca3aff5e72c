package io.fluxjava.runtime.spring;

import io.fluxjava.runtime.options.FluxOptions;
import io.fluxjava.runtime.options.ListenAddress;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Maps upstream's flags onto Spring Boot settings before logging and the web servers start: {@code
 * --metrics-addr} becomes the management server (Prometheus text at {@code /metrics}), {@code
 * --log-level} the log levels and {@code --log-encoding=json} the JSON line formatter.
 */
public final class FluxFlagsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

  /** Name of the property source holding the settings derived from flags. */
  public static final String FLAGS_SOURCE = "fluxFlags";

  /** Names the flag that holds the application server's listen address. */
  public static final String SERVER_ADDRESS_FLAG = "flux.server-address-flag";

  /** The listen address used when that flag is not given. */
  public static final String SERVER_ADDRESS_DEFAULT = "flux.server-address-default";

  private static final String DEFAULTS_SOURCE = "fluxDefaults";

  @Override
  public int getOrder() {
    // after application.yaml is loaded, so that per-controller defaults there are seen
    return ConfigDataEnvironmentPostProcessor.ORDER + 1;
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication app) {
    FluxOptions options = FluxOptions.from(environment::getProperty, controllerName(environment));
    Map<String, Object> derived = new HashMap<>();
    String serverFlag = environment.getProperty(SERVER_ADDRESS_FLAG);
    if (serverFlag == null) {
      derived.put("server.port", options.metricsAddr().port());
      derived.put("server.address", options.metricsAddr().host());
    } else {
      ListenAddress server =
          ListenAddress.parse(
              environment.getProperty(
                  serverFlag, environment.getProperty(SERVER_ADDRESS_DEFAULT, ":9090")));
      derived.put("server.port", server.port());
      derived.put("server.address", server.host());
      derived.put("management.server.port", options.metricsAddr().port());
      derived.put("management.server.address", options.metricsAddr().host());
    }
    String level = options.logLevel().toUpperCase(Locale.ROOT);
    derived.put("logging.level.io.fluxjava", level);
    // debug is about the controller's own work; the libraries stay at info
    derived.put(
        "logging.level.root", level.equals("DEBUG") || level.equals("TRACE") ? "INFO" : level);
    if (options.logEncoding().equals("json")) {
      derived.put("logging.structured.format.console", FluxJsonLogFormatter.class.getName());
    }
    environment.getPropertySources().addFirst(new MapPropertySource(FLAGS_SOURCE, derived));
    environment.getPropertySources().addLast(new MapPropertySource(DEFAULTS_SOURCE, defaults()));
  }

  static String controllerName(ConfigurableEnvironment environment) {
    return environment.getProperty(
        "flux.controller-name",
        environment.getProperty("spring.application.name", "flux-controller"));
  }

  private static Map<String, Object> defaults() {
    return Map.of(
        "management.endpoints.web.base-path", "/",
        "management.endpoints.web.exposure.include", "prometheus,health",
        "management.endpoints.web.path-mapping.prometheus", "metrics",
        "management.endpoint.health.probes.enabled", "true",
        "management.endpoint.health.group.readiness.include", "readinessState,fluxOperator");
  }
}
