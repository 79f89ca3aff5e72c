package io.fluxjava.notification.alerts;

import io.fluxjava.api.notification.Alert;
import io.fluxjava.api.notification.AlertSpec;
import io.fluxjava.api.notification.CrossNamespaceObjectReference;
import java.util.List;

/** Reads an {@link AlertRule} from an Alert object. */
public final class AlertRules {

  private AlertRules() {}

  public static AlertRule from(Alert alert) {
    AlertSpec spec = alert.getSpec();
    List<EventSource> sources =
        spec.getEventSources() == null
            ? List.of()
            : spec.getEventSources().stream().map(AlertRules::source).toList();
    return new AlertRule(
        alert.getMetadata().getNamespace(),
        alert.getMetadata().getName(),
        spec.getProviderRef() == null ? "" : spec.getProviderRef().getName(),
        WireNames.of(spec.getEventSeverity()),
        sources,
        spec.getInclusionList(),
        spec.getExclusionList(),
        spec.getEventMetadata(),
        spec.getSummary(),
        Boolean.TRUE.equals(spec.getSuspend()));
  }

  private static EventSource source(CrossNamespaceObjectReference ref) {
    return new EventSource(
        WireNames.of(ref.getKind()), ref.getName(), ref.getNamespace(), ref.getMatchLabels());
  }
}
