package io.fluxjava.source.git;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;
import org.semver4j.Semver;

/** Picks the highest tag that satisfies a semver range, as upstream's {@code ref.semver} does. */
final class SemverTags {

  // Masterminds/semver (used upstream) accepts a leading "v" and missing minor/patch parts.
  private static final Pattern LENIENT_VERSION =
      Pattern.compile("^v?\\d+(\\.\\d+){0,2}(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$");

  private SemverTags() {}

  /** The tag name with the highest matching version, if any. */
  static Optional<String> highestMatching(String range, Collection<String> tags) {
    // Masterminds separates AND-ed constraints with commas, semver4j with spaces.
    String normalisedRange = range.replace(",", " ");
    String best = null;
    Semver bestVersion = null;
    for (String tag : tags) {
      Semver version = parse(tag);
      if (version != null
          && version.satisfies(normalisedRange)
          && (bestVersion == null || version.isGreaterThan(bestVersion))) {
        best = tag;
        bestVersion = version;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Semver parse(String tag) {
    if (!LENIENT_VERSION.matcher(tag).matches()) {
      return null;
    }
    String bare = tag.startsWith("v") ? tag.substring(1) : tag;
    Semver strict = Semver.parse(bare);
    return strict != null ? strict : Semver.coerce(bare);
  }
}
