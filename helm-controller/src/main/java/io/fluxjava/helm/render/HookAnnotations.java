package io.fluxjava.helm.render;

/** Helm's hook annotations and the values it knows. */
public final class HookAnnotations {

  public static final String HOOK = "helm.sh/hook";
  public static final String WEIGHT = "helm.sh/hook-weight";
  public static final String DELETE_POLICY = "helm.sh/hook-delete-policy";

  public static final String PRE_INSTALL = "pre-install";
  public static final String POST_INSTALL = "post-install";
  public static final String PRE_UPGRADE = "pre-upgrade";
  public static final String POST_UPGRADE = "post-upgrade";
  public static final String PRE_ROLLBACK = "pre-rollback";
  public static final String POST_ROLLBACK = "post-rollback";
  public static final String PRE_DELETE = "pre-delete";
  public static final String POST_DELETE = "post-delete";
  public static final String TEST = "test";

  /** Helm 2's name for test hooks, still honoured by Helm 3. */
  public static final String TEST_SUCCESS = "test-success";

  public static final String BEFORE_HOOK_CREATION = "before-hook-creation";
  public static final String HOOK_SUCCEEDED = "hook-succeeded";
  public static final String HOOK_FAILED = "hook-failed";

  private HookAnnotations() {}
}
