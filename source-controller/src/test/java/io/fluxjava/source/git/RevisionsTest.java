package io.fluxjava.source.git;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;

class RevisionsTest {

  private static final String HEX = "4c6e0b9c0b0c5c0f1a2b3c4d5e6f708192a3b4c5";

  @Test
  void formatsUpstreamRevisionStrings() {
    ObjectId commit = ObjectId.fromString(HEX);
    assertThat(Revisions.format("main", commit)).isEqualTo("main@sha1:" + HEX);
    assertThat(Revisions.format("feature/x", commit)).isEqualTo("feature/x@sha1:" + HEX);
    assertThat(Revisions.format("refs/pull/1/head", commit))
        .isEqualTo("refs/pull/1/head@sha1:" + HEX);
    assertThat(Revisions.format(null, commit)).isEqualTo("sha1:" + HEX);
  }
}
