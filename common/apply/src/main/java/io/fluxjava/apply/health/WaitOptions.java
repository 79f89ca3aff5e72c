package io.fluxjava.apply.health;

import java.time.Duration;

/**
 * How {@link HealthPoller} waits.
 *
 * @param interval time between two polls (upstream: 5 s for health checks, 2 s for apply stages)
 * @param timeout when to give up
 * @param failFast stop as soon as one object is Failed instead of waiting for the timeout
 */
public record WaitOptions(Duration interval, Duration timeout, boolean failFast) {}
