package io.fluxjava.source.support;

import org.semver4j.range.RangeList;
import org.semver4j.range.RangeListFactory;

/**
 * Parses semver constraints the way Flux and Helm read them (Masterminds semver): pre-releases
 * match only when the constraint itself names a pre-release.
 */
public final class SemverRanges {

  private SemverRanges() {}

  /** The range of {@code constraint}; fails with {@link IllegalArgumentException} when invalid. */
  public static RangeList parse(String constraint) {
    try {
      RangeList range = RangeListFactory.create(constraint, constraint.contains("-"));
      if (range.get().isEmpty() && !constraint.strip().equals("*")) {
        throw new IllegalArgumentException("improper constraint: " + constraint);
      }
      return range;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("improper constraint: " + constraint, e);
    }
  }
}
