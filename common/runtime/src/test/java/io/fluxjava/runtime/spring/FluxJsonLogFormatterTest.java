package io.fluxjava.runtime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FluxJsonLogFormatterTest {

  private final FluxJsonLogFormatter formatter = new FluxJsonLogFormatter();

  @Test
  void writesUpstreamKeysFromTheReconcileContext() throws Exception {
    LoggingEvent event = event(Level.INFO, "Reconciliation finished in 1.2s", null);
    event.setMDCPropertyMap(
        Map.of(
            "controller", "kustomization",
            "controllerKind", "Kustomization",
            "name", "apps",
            "namespace", "flux-system",
            "reconcileID", "0b7d3a2e-1111-2222-3333-444455556666"));

    String line = formatter.format(event);

    assertThat(line).endsWith("\n").doesNotContain("\n{");
    JsonNode json = new ObjectMapper().readTree(line);
    assertThat(json.get("level").asText()).isEqualTo("info");
    assertThat(json.get("ts").asText()).isEqualTo("2026-08-01T10:00:00.123Z");
    assertThat(json.get("msg").asText()).isEqualTo("Reconciliation finished in 1.2s");
    assertThat(json.get("logger").asText()).isEqualTo("io.fluxjava.Test");
    assertThat(json.get("controller").asText()).isEqualTo("kustomization");
    assertThat(json.get("controllerKind").asText()).isEqualTo("Kustomization");
    assertThat(json.get("name").asText()).isEqualTo("apps");
    assertThat(json.get("namespace").asText()).isEqualTo("flux-system");
    assertThat(json.get("reconcileID").asText()).isEqualTo("0b7d3a2e-1111-2222-3333-444455556666");
  }

  @Test
  void errorsCarryMessageAndStackTraceButNoEmptyContextKeys() throws Exception {
    LoggingEvent event = event(Level.ERROR, "Reconciler error", new IllegalStateException("boom"));
    event.setMDCPropertyMap(Map.of("controller", ""));

    String line = formatter.format(event);

    JsonNode json = new ObjectMapper().readTree(line);
    assertThat(json.get("level").asText()).isEqualTo("error");
    assertThat(json.get("error").asText()).isEqualTo("boom");
    assertThat(json.get("stacktrace").asText()).contains("IllegalStateException");
    assertThat(json.has("controller")).isFalse();
  }

  private static LoggingEvent event(Level level, String message, Throwable error) {
    LoggerContext context = new LoggerContext();
    LoggingEvent event =
        new LoggingEvent(
            "fqcn", context.getLogger("io.fluxjava.Test"), level, message, error, null);
    event.setTimeStamp(java.time.Instant.parse("2026-08-01T10:00:00.123Z").toEpochMilli());
    return event;
  }
}
