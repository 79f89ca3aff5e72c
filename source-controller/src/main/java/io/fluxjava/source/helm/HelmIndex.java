package io.fluxjava.source.helm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.fluxjava.source.support.SemverRanges;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.semver4j.Semver;
import org.semver4j.range.RangeList;

/**
 * The parts of a Helm repository index that chart resolution needs: per chart name its versions
 * with download URLs and digests. Built once per index revision and shared (see {@link
 * HelmIndexCache}).
 */
public final class HelmIndex {

  /** One published version of a chart. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ChartVersion(String name, String version, List<String> urls, String digest) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record Document(Map<String, List<ChartVersion>> entries) {}

  private final Map<String, List<ChartVersion>> entries;

  private HelmIndex(Map<String, List<ChartVersion>> entries) {
    this.entries = entries == null ? Map.of() : entries;
  }

  /** Reads an index document, keeping only names, versions, URLs and digests. */
  public static HelmIndex parse(InputStream in) throws IOException {
    return new HelmIndex(HelmYaml.MAPPER.readValue(in, Document.class).entries());
  }

  /**
   * The version of {@code chart} that {@code constraint} selects, as Helm does: an exact match
   * first, else the highest version in the semver range ({@code *} or empty: the latest stable).
   */
  public ChartVersion resolve(String chart, String constraint) throws ChartResolutionException {
    List<ChartVersion> versions = entries.get(chart);
    if (versions == null) {
      throw new ChartResolutionException("no chart name found");
    }
    if (versions.isEmpty()) {
      throw new ChartResolutionException("no chart version found");
    }
    String wanted = constraint == null || constraint.isBlank() ? "*" : constraint.strip();
    Optional<ChartVersion> exact =
        versions.stream().filter(v -> wanted.equals(v.version())).findFirst();
    if (exact.isPresent()) {
      return exact.get();
    }
    RangeList range = parseRange(wanted);
    List<Candidate> matches = new ArrayList<>();
    for (ChartVersion version : versions) {
      Semver semver = Semver.parse(stripV(version.version()));
      if (semver != null && range.isSatisfiedBy(semver)) {
        matches.add(new Candidate(semver, version));
      }
    }
    return matches.stream()
        .max(Comparator.comparing(Candidate::semver))
        .map(Candidate::version)
        .orElseThrow(
            () ->
                new ChartResolutionException(
                    "no '" + chart + "' chart with version matching '" + wanted + "' found"));
  }

  private static RangeList parseRange(String constraint) throws ChartResolutionException {
    try {
      return SemverRanges.parse(constraint);
    } catch (IllegalArgumentException e) {
      throw new ChartResolutionException(e.getMessage());
    }
  }

  private static String stripV(String version) {
    return version.startsWith("v") ? version.substring(1) : version;
  }

  private record Candidate(Semver semver, ChartVersion version) {}

  /** No version of the chart matches. */
  public static final class ChartResolutionException extends Exception {
    private static final long serialVersionUID = 1L;

    public ChartResolutionException(String message) {
      super(message);
    }
  }
}
