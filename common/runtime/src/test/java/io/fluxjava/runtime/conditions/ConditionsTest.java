package io.fluxjava.runtime.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Condition;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionsTest {

  private static final Clock T0 =
      Clock.fixed(Instant.parse("2026-01-01T10:00:00.750Z"), ZoneOffset.UTC);
  private static final Clock T1 =
      Clock.fixed(Instant.parse("2026-01-01T11:00:00Z"), ZoneOffset.UTC);

  @Test
  void setConditionCarriesGenerationAndSecondsPrecisionTransitionTime() {
    Condition ready =
        Conditions.of(List.of(), 3, T0).markTrue("Ready", "Succeeded", "done").list().get(0);

    assertThat(ready.getObservedGeneration()).isEqualTo(3L);
    assertThat(ready.getLastTransitionTime()).isEqualTo("2026-01-01T10:00:00Z");
    assertThat(ready.getStatus()).isEqualTo("True");
  }

  @Test
  void transitionTimeMovesOnlyWhenStatusReasonOrMessageChange() {
    List<Condition> first =
        Conditions.of(List.of(), 1, T0).markTrue("Ready", "Succeeded", "a").list();

    Condition unchanged =
        Conditions.of(first, 2, T1).markTrue("Ready", "Succeeded", "a").list().get(0);
    Condition newMessage =
        Conditions.of(first, 2, T1).markTrue("Ready", "Succeeded", "b").list().get(0);

    assertThat(unchanged.getLastTransitionTime()).isEqualTo("2026-01-01T10:00:00Z");
    assertThat(unchanged.getObservedGeneration()).isEqualTo(2L);
    assertThat(newMessage.getLastTransitionTime()).isEqualTo("2026-01-01T11:00:00Z");
  }

  @Test
  void negativePolarityTypesAreRemovedInsteadOfSetFalse() {
    Conditions conditions =
        Conditions.of(List.of(), 1, T0)
            .markTrue("Reconciling", "Progressing", "working")
            .markTrue("FetchFailed", "AuthenticationFailed", "denied");

    conditions.markFalse("Reconciling", "Succeeded", "").markUnknown("FetchFailed", "x", "");

    assertThat(conditions.list()).isEmpty();
  }

  @Test
  void listIsSortedStalledReconcilingReadyThenOthers() {
    Conditions conditions =
        Conditions.of(List.of(), 1, T0)
            .markTrue("ArtifactInStorage", "Succeeded", "")
            .markFalse("Ready", "Failed", "")
            .markTrue("Reconciling", "ProgressingWithRetry", "")
            .markTrue("Stalled", "InvalidPath", "")
            .markTrue("Healthy", "Succeeded", "");

    assertThat(conditions.list())
        .extracting(Condition::getType)
        .containsExactly("Stalled", "Reconciling", "Ready", "ArtifactInStorage", "Healthy");
  }

  @Test
  void longMessagesAreTruncated() {
    String message = "x".repeat(40000);

    Condition ready =
        Conditions.of(List.of(), 1, T0).markFalse("Ready", "Failed", message).list().get(0);

    assertThat(ready.getMessage()).hasSize(Conditions.MAX_MESSAGE_LENGTH).endsWith("...");
  }
}
