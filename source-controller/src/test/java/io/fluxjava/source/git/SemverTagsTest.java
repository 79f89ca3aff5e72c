package io.fluxjava.source.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SemverTagsTest {

  private static final List<String> TAGS =
      List.of("v1.0.0", "1.2.0", "v1.10.1", "v2.0.0-rc.1", "v2.0.0", "release-3", "v1.2");

  @Test
  void picksTheHighestVersionInTheRange() {
    assertThat(SemverTags.highestMatching(">=1.0.0 <2.0.0", TAGS)).contains("v1.10.1");
    assertThat(SemverTags.highestMatching(">= 1.0.0, < 1.5.0", TAGS)).contains("1.2.0");
    assertThat(SemverTags.highestMatching("~1.2", TAGS)).contains("1.2.0");
    assertThat(SemverTags.highestMatching("*", TAGS)).contains("v2.0.0");
  }

  @Test
  void prereleasesAndNonVersionTagsAreSkippedUnlessAsked() {
    assertThat(SemverTags.highestMatching(">=2.0.0-0 <2.0.0", TAGS)).contains("v2.0.0-rc.1");
    assertThat(SemverTags.highestMatching(">=3.0.0", TAGS)).isEmpty();
  }
}
