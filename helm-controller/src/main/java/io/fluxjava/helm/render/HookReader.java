package io.fluxjava.helm.render;

import io.fluxjava.helm.storage.StoredRelease;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Turns a rendered document carrying {@code helm.sh/hook} into Helm's hook record. */
final class HookReader {

  /** Helm runs hooks by ascending weight, then by name. */
  static final Comparator<StoredRelease.Hook> EXECUTION_ORDER =
      Comparator.comparingInt(StoredRelease.Hook::weight).thenComparing(StoredRelease.Hook::name);

  private HookReader() {}

  static boolean isHook(ManifestDocument document) {
    return document.annotations().containsKey(HookAnnotations.HOOK);
  }

  static StoredRelease.Hook read(ManifestDocument document) {
    Map<String, String> annotations = document.annotations();
    List<String> events = split(annotations.get(HookAnnotations.HOOK));
    List<String> policies = split(annotations.get(HookAnnotations.DELETE_POLICY));
    return new StoredRelease.Hook(
        document.name(),
        document.kind(),
        document.source(),
        ManifestParser.render(List.of(new ManifestDocument("", document.object()))),
        events.stream()
            .map(e -> HookAnnotations.TEST_SUCCESS.equals(e) ? HookAnnotations.TEST : e)
            .toList(),
        new StoredRelease.HookRun("", "", ""),
        weight(annotations.get(HookAnnotations.WEIGHT)),
        policies.isEmpty() ? List.of(HookAnnotations.BEFORE_HOOK_CREATION) : policies);
  }

  private static List<String> split(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static int weight(String value) {
    if (value == null || value.isBlank()) {
      return 0;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
