package io.fluxjava.runtime.logging;

import java.util.List;

/** The per-reconcile keys of upstream's JSON log lines, kept in the logging MDC. */
public final class LogKeys {

  public static final String CONTROLLER = "controller";
  public static final String CONTROLLER_GROUP = "controllerGroup";
  public static final String CONTROLLER_KIND = "controllerKind";
  public static final String NAME = "name";
  public static final String NAMESPACE = "namespace";
  public static final String RECONCILE_ID = "reconcileID";

  /** All of them, in the order they are written. */
  public static final List<String> ALL =
      List.of(CONTROLLER, CONTROLLER_GROUP, CONTROLLER_KIND, NAME, NAMESPACE, RECONCILE_ID);

  private LogKeys() {}
}
