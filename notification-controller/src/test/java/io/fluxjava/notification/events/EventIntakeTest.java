package io.fluxjava.notification.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class EventIntakeTest {

  private final List<Event> routed = new CopyOnWriteArrayList<>();
  private final EventIntake intake =
      new EventIntake(
          new DuplicateSuppressor(Duration.ofMinutes(5), Clock.systemUTC()), routed::add);

  private static byte[] body(String message, String metadata) {
    return """
        {"involvedObject":{"apiVersion":"kustomize.toolkit.fluxcd.io/v1","kind":"Kustomization",
           "name":"apps","namespace":"flux-system","uid":"u1"},
         "severity":"info","timestamp":"2026-08-01T10:00:00Z","message":"%s",
         "reason":"ReconciliationSucceeded","metadata":{%s},"reportingController":"kustomize-controller"}
        """
        .formatted(message, metadata)
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void acceptsFiltersMetadataAndDropsTheToken() {
    IntakeResult result =
        intake.receive(
            body(
                "Reconciliation finished in 1.2s",
                """
                "kustomize.toolkit.fluxcd.io/revision":"main@sha1:abc",
                "kustomize.toolkit.fluxcd.io/checksum":"x","kustomize.toolkit.fluxcd.io/token":"t",
                "event.toolkit.fluxcd.io/env":"prod","helm.toolkit.fluxcd.io/revision":"foreign"
                """));

    assertThat(result).isEqualTo(IntakeResult.ACCEPTED);
    assertThat(result.httpStatus()).isEqualTo(202);
    assertThat(routed.get(0).metadata())
        .containsOnlyKeys("kustomize.toolkit.fluxcd.io/revision", "event.toolkit.fluxcd.io/env");
  }

  @Test
  void answersDuplicatesWith429EvenWhenTheDurationChanged() {
    assertThat(intake.receive(body("Reconciliation finished in 1.2s", "")))
        .isEqualTo(IntakeResult.ACCEPTED);
    IntakeResult repeat = intake.receive(body("Reconciliation finished in 870ms", ""));

    assertThat(repeat).isEqualTo(IntakeResult.DUPLICATE);
    assertThat(repeat.httpStatus()).isEqualTo(429);
    assertThat(routed).hasSize(1);
  }

  @Test
  void rejectsBadJsonAndMissingFieldsWith400() {
    assertThat(intake.receive("{not json".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(IntakeResult.INVALID);
    assertThat(intake.receive("{}".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(IntakeResult.INVALID);
    assertThat(intake.receive(new byte[0])).isEqualTo(IntakeResult.INVALID);
    assertThat(intake.receive(body("", ""))).isEqualTo(IntakeResult.INVALID);
    assertThat(routed).isEmpty();
  }
}
