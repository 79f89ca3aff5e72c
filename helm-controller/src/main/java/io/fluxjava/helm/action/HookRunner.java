package io.fluxjava.helm.action;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.helm.render.HookAnnotations;
import io.fluxjava.helm.render.ManifestParser;
import io.fluxjava.helm.storage.StoredRelease;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Runs the hooks of one event in weight order as Helm does: delete a previous copy ({@code
 * before-hook-creation}), create, wait for Jobs and Pods to finish, then delete as the policy says.
 */
public final class HookRunner {

  private static final String SUCCEEDED = "Succeeded";
  private static final String FAILED = "Failed";

  private final KubernetesClient client;
  private final ReleaseObjects objects;
  private final Duration pollInterval;
  private final Clock clock;

  public HookRunner(KubernetesClient client, Duration pollInterval, Clock clock) {
    this.client = client;
    this.objects = new ReleaseObjects(client);
    this.pollInterval = pollInterval;
    this.clock = clock;
  }

  /**
   * Runs the hooks of {@code event}; returns all hooks with the last run of those that ran.
   *
   * @throws HookFailedException naming the hook that failed or timed out, with the hooks so far
   */
  public List<StoredRelease.Hook> run(
      ReleaseRun run, List<StoredRelease.Hook> hooks, String event, Duration timeout)
      throws InterruptedException {
    return run(run, hooks, event, timeout, hook -> true);
  }

  /**
   * Runs the hooks of {@code event} that {@code selected} accepts (the others keep their last run).
   *
   * @throws HookFailedException naming the hook that failed or timed out, with the hooks so far
   */
  public List<StoredRelease.Hook> run(
      ReleaseRun run,
      List<StoredRelease.Hook> hooks,
      String event,
      Duration timeout,
      Predicate<StoredRelease.Hook> selected)
      throws InterruptedException {
    List<StoredRelease.Hook> result = new ArrayList<>(hooks);
    for (int i = 0; i < result.size(); i++) {
      StoredRelease.Hook hook = result.get(i);
      if (!hook.events().contains(event) || !selected.test(hook)) {
        continue;
      }
      String started = clock.instant().toString();
      GenericKubernetesResource object =
          objects.prepare(
              ManifestParser.parse(hook.manifest()).get(0).object(),
              run.releaseName(),
              run.targetNamespace());
      if (hook.deletePolicies().contains(HookAnnotations.BEFORE_HOOK_CREATION)) {
        deleteAndWait(object, timeout);
      }
      client.resource(object).create();
      Optional<String> failure = waitForCompletion(object, timeout);
      String phase = failure.isEmpty() ? SUCCEEDED : FAILED;
      result.set(
          i,
          hook.withLastRun(new StoredRelease.HookRun(started, clock.instant().toString(), phase)));
      if (failure.isEmpty() && hook.deletePolicies().contains(HookAnnotations.HOOK_SUCCEEDED)
          || failure.isPresent() && hook.deletePolicies().contains(HookAnnotations.HOOK_FAILED)) {
        client.resource(object).delete();
      }
      if (failure.isPresent()) {
        throw new HookFailedException(
            event + " hook " + hook.kind() + "/" + hook.name() + " failed: " + failure.get(),
            result);
      }
    }
    return result;
  }

  private void deleteAndWait(GenericKubernetesResource object, Duration timeout)
      throws InterruptedException {
    client.resource(object).delete();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (client.resource(object).get() != null && System.nanoTime() < deadline) {
      Thread.sleep(pollInterval.toMillis());
    }
  }

  /** Empty when the hook finished well; else why it did not. */
  private Optional<String> waitForCompletion(GenericKubernetesResource object, Duration timeout)
      throws InterruptedException {
    if (!"Pod".equals(object.getKind()) && !"Job".equals(object.getKind())) {
      return Optional.empty();
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      GenericKubernetesResource live = client.resource(object).get();
      String outcome = live == null ? null : outcomeOf(live);
      if (SUCCEEDED.equals(outcome)) {
        return Optional.empty();
      }
      if (FAILED.equals(outcome)) {
        return Optional.of(
            object.getKind().toLowerCase() + " " + object.getMetadata().getName() + " failed");
      }
      if (System.nanoTime() > deadline) {
        return Optional.of("timed out waiting for the condition");
      }
      Thread.sleep(pollInterval.toMillis());
    }
  }

  @SuppressWarnings("unchecked")
  private static String outcomeOf(GenericKubernetesResource live) {
    Object status = live.getAdditionalProperties().get("status");
    if (!(status instanceof Map<?, ?> map)) {
      return null;
    }
    if ("Pod".equals(live.getKind())) {
      Object phase = map.get("phase");
      return SUCCEEDED.equals(phase) || FAILED.equals(phase) ? (String) phase : null;
    }
    Object conditions = map.get("conditions");
    if (conditions instanceof List<?> list) {
      for (Object item : list) {
        Map<String, Object> condition = (Map<String, Object>) item;
        if ("True".equals(condition.get("status"))) {
          if ("Complete".equals(condition.get("type"))) {
            return SUCCEEDED;
          }
          if ("Failed".equals(condition.get("type"))) {
            return FAILED;
          }
        }
      }
    }
    return null;
  }
}
