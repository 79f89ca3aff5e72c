package io.fluxjava.helm.action;

import io.fluxjava.api.helm.Filter;
import io.fluxjava.api.helm.HelmReleaseSpec;
import io.fluxjava.helm.storage.StoredRelease;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@code spec.test.filters} as Helm's test action applies them: excluded names never run, and when
 * any name is selected only the selected tests run.
 */
final class TestFilters {

  private TestFilters() {}

  /** Which test hooks of a revision run under the release's filters. */
  static Predicate<StoredRelease.Hook> of(HelmReleaseSpec spec) {
    List<Filter> filters =
        spec.getTest() == null || spec.getTest().getFilters() == null
            ? List.of()
            : spec.getTest().getFilters();
    Set<String> excluded = names(filters, true);
    Set<String> selected = names(filters, false);
    return hook ->
        !excluded.contains(hook.name()) && (selected.isEmpty() || selected.contains(hook.name()));
  }

  private static Set<String> names(List<Filter> filters, boolean exclude) {
    return filters.stream()
        .filter(f -> Boolean.TRUE.equals(f.getExclude()) == exclude)
        .map(Filter::getName)
        .collect(Collectors.toSet());
  }
}
