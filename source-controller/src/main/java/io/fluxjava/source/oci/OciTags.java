package io.fluxjava.source.oci;

import io.fluxjava.source.support.SemverRanges;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.semver4j.Semver;
import org.semver4j.range.RangeList;

/** Picks the highest tag of a repository that satisfies {@code ref.semver} (and its filter). */
final class OciTags {

  private OciTags() {}

  static String highest(List<String> tags, String semver, String filter) throws IOException {
    RangeList range;
    Pattern pattern;
    try {
      range = SemverRanges.parse(semver);
      pattern = filter == null || filter.isEmpty() ? null : Pattern.compile(filter);
    } catch (PatternSyntaxException e) {
      throw new IOException(
          "semver filter '" + filter + "' is not a valid regex: " + e.getDescription());
    } catch (IllegalArgumentException e) {
      throw new IOException("semver '" + semver + "' parse error: " + e.getMessage());
    }
    return tags.stream()
        .filter(tag -> pattern == null || pattern.matcher(tag).find())
        .map(tag -> new Tagged(tag, Semver.coerce(tag)))
        .filter(t -> t.version() != null && range.isSatisfiedBy(t.version()))
        .max(Comparator.comparing(Tagged::version))
        .map(Tagged::tag)
        .orElseThrow(() -> new IOException("no match found for semver: " + semver));
  }

  private record Tagged(String tag, Semver version) {}
}
