package io.fluxjava.runtime.logging;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.MDC;

/** Puts the object being reconciled into the logging MDC for the duration of one reconcile. */
public final class ReconcileLogContext {

  private ReconcileLogContext() {}

  /** Runs {@code body} with {@code obj}'s keys (and a fresh reconcile ID) in the MDC. */
  public static <R> R around(HasMetadata obj, Supplier<R> body) {
    open(obj);
    try {
      return body.get();
    } finally {
      LogKeys.ALL.forEach(MDC::remove);
    }
  }

  private static void open(HasMetadata obj) {
    String apiVersion = obj.getApiVersion() == null ? "" : obj.getApiVersion();
    int slash = apiVersion.indexOf('/');
    MDC.put(LogKeys.CONTROLLER, obj.getKind().toLowerCase(Locale.ROOT));
    MDC.put(LogKeys.CONTROLLER_GROUP, slash < 0 ? "" : apiVersion.substring(0, slash));
    MDC.put(LogKeys.CONTROLLER_KIND, obj.getKind());
    MDC.put(LogKeys.NAME, obj.getMetadata().getName());
    MDC.put(LogKeys.NAMESPACE, obj.getMetadata().getNamespace());
    MDC.put(LogKeys.RECONCILE_ID, UUID.randomUUID().toString());
  }
}
