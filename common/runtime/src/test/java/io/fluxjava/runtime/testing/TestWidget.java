package io.fluxjava.runtime.testing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;
import java.util.List;

/** A test-only Flux-like kind: the spec fields the runtime reads plus a few knobs for tests. */
@Group("test.fluxjava.io")
@Version("v1")
public class TestWidget extends CustomResource<TestWidget.Spec, TestWidget.Status>
    implements Namespaced {

  /** The desired state. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class Spec {
    public Boolean suspend;
    public String interval;
    public String retryInterval;

    /** Name of a ConfigMap in the same namespace whose {@code data.revision} this widget uses. */
    public String sourceRef;

    /** When set, the reconcile fails with this message. */
    public String failWith;

    /** Changing it bumps the generation. */
    public Integer size;
  }

  /** The observed state. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class Status {
    public Long observedGeneration;
    public String lastHandledReconcileAt;
    public List<Condition> conditions;
    public String lastSeenRevision;
  }
}
