package io.fluxjava.runtime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

class FluxFlagsEnvironmentPostProcessorTest {

  private final FluxFlagsEnvironmentPostProcessor processor =
      new FluxFlagsEnvironmentPostProcessor();

  @Test
  void controllerWithoutOwnServerServesManagementOnTheMetricsAddress() {
    StandardEnvironment environment = environment("--metrics-addr=:8181", "--log-level=debug");

    processor.postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.getProperty("server.port")).isEqualTo("8181");
    assertThat(environment.getProperty("server.address")).isEqualTo("0.0.0.0");
    assertThat(environment.containsProperty("management.server.port")).isFalse();
    assertThat(environment.getProperty("management.endpoints.web.path-mapping.prometheus"))
        .isEqualTo("metrics");
    assertThat(environment.getProperty("logging.level.io.fluxjava")).isEqualTo("DEBUG");
    assertThat(environment.getProperty("logging.level.root")).isEqualTo("INFO");
    assertThat(environment.getProperty("logging.structured.format.console"))
        .isEqualTo(FluxJsonLogFormatter.class.getName());
  }

  @Test
  void controllerWithOwnServerMovesMetricsToTheManagementServer() {
    StandardEnvironment environment =
        environment("--storage-addr=127.0.0.1:9999", "--log-encoding=console");
    environment
        .getPropertySources()
        .addLast(
            new MapPropertySource(
                "application", Map.of("flux.server-address-flag", "storage-addr")));

    processor.postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.getProperty("server.port")).isEqualTo("9999");
    assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
    assertThat(environment.getProperty("management.server.port")).isEqualTo("8080");
    assertThat(environment.containsProperty("logging.structured.format.console")).isFalse();
  }

  private static StandardEnvironment environment(String... args) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
    return environment;
  }
}
