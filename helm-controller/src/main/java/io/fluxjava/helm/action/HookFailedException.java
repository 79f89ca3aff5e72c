package io.fluxjava.helm.action;

import io.fluxjava.helm.storage.StoredRelease;
import java.util.List;

/** A hook that failed or timed out; carries the hooks with the runs recorded so far. */
public class HookFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<StoredRelease.Hook> hooks;

  public HookFailedException(String message, List<StoredRelease.Hook> hooks) {
    super(message);
    this.hooks = List.copyOf(hooks);
  }

  public List<StoredRelease.Hook> hooks() {
    return hooks;
  }
}
