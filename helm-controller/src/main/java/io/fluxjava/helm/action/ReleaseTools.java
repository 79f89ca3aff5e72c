package io.fluxjava.helm.action;

import io.fluxjava.helm.storage.ReleaseStorage;
import java.time.Clock;

/** What the actions share: the release storage, the applier, the hook runner and the clock. */
public record ReleaseTools(
    ReleaseStorage storage, ReleaseApplier applier, HookRunner hooks, Clock clock) {}
