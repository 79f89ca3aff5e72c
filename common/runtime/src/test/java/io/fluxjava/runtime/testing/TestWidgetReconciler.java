package io.fluxjava.runtime.testing;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fluxjava.api.ConditionTypes;
import io.fluxjava.api.Reasons;
import io.fluxjava.runtime.DependencyWatch;
import io.fluxjava.runtime.FluxReconciler;
import io.fluxjava.runtime.ObjectKey;
import io.fluxjava.runtime.ReconcileContext;
import io.fluxjava.runtime.ReconcileResult;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Counts its calls per object name; Ready=True unless {@code spec.failWith} is set. */
public class TestWidgetReconciler implements FluxReconciler<TestWidget> {

  private final Map<String, Integer> reconciles = new ConcurrentHashMap<>();
  private final Set<String> cleanedUp = ConcurrentHashMap.newKeySet();

  @Override
  public Class<TestWidget> resourceType() {
    return TestWidget.class;
  }

  @Override
  public ReconcileResult reconcile(TestWidget obj, ReconcileContext ctx) {
    reconciles.merge(obj.getMetadata().getName(), 1, Integer::sum);
    if (obj.getSpec().failWith != null) {
      return ReconcileResult.failure("TestFailed", obj.getSpec().failWith);
    }
    if (obj.getSpec().sourceRef != null) {
      ConfigMap source =
          ctx.client()
              .configMaps()
              .inNamespace(obj.getMetadata().getNamespace())
              .withName(obj.getSpec().sourceRef)
              .get();
      if (obj.getStatus() == null) {
        obj.setStatus(new TestWidget.Status());
      }
      obj.getStatus().lastSeenRevision = source == null ? null : source.getData().get("revision");
    }
    ctx.conditions()
        .markTrue(
            ConditionTypes.READY,
            Reasons.SUCCEEDED,
            "reconciled generation " + obj.getMetadata().getGeneration());
    return ReconcileResult.success();
  }

  @Override
  public void cleanup(TestWidget obj, ReconcileContext ctx) {
    cleanedUp.add(obj.getMetadata().getName());
  }

  @Override
  public List<DependencyWatch<?, TestWidget>> dependencies() {
    return List.of(
        DependencyWatch.of(ConfigMap.class, TestWidget.class)
            .trackedValue(cm -> cm.getData() == null ? null : cm.getData().get("revision"))
            .references(
                widget ->
                    widget.getSpec().sourceRef == null
                        ? Set.of()
                        : Set.of(
                            new ObjectKey(
                                widget.getMetadata().getNamespace(), widget.getSpec().sourceRef))));
  }

  /** How often {@code name} was reconciled. */
  public int reconcilesOf(String name) {
    return reconciles.getOrDefault(name, 0);
  }

  /** Whether {@code name} was cleaned up. */
  public boolean cleanedUp(String name) {
    return cleanedUp.contains(name);
  }
}
