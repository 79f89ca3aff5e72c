package io.fluxjava.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeTarExtractorTest {

  @TempDir Path parent;

  private Path target() {
    return parent.resolve("target");
  }

  private void extract(byte[] tarball) throws IOException {
    new SafeTarExtractor(1 << 20).extract(new ByteArrayInputStream(tarball), target());
  }

  @Test
  void extractsFilesDirectoriesExecutableBitsAndInsideSymlinks() throws IOException {
    extract(
        new TarballBuilder()
            .directory("deploy")
            .file("deploy/app.yaml", "kind: Deployment\n")
            .file("bin/run.sh", "#!/bin/sh\n", 0755)
            .symlink("current.yaml", "deploy/app.yaml")
            .hardLink("copy.yaml", "deploy/app.yaml")
            .build());

    assertThat(target().resolve("deploy/app.yaml")).hasContent("kind: Deployment");
    assertThat(Files.isExecutable(target().resolve("bin/run.sh"))).isTrue();
    assertThat(Files.readString(target().resolve("current.yaml"))).isEqualTo("kind: Deployment\n");
    assertThat(target().resolve("copy.yaml")).hasContent("kind: Deployment");
  }

  @Test
  void refusesAbsoluteAndEscapingNames() {
    assertRefused(new TarballBuilder().file("/etc/evil", "x").build());
    assertRefused(new TarballBuilder().file("../evil", "x").build());
    assertRefused(new TarballBuilder().file("a/../../evil", "x").build());
    assertThat(parent.resolve("evil")).doesNotExist();
  }

  @Test
  void refusesSymlinksPointingOutside() {
    assertRefused(new TarballBuilder().symlink("etc", "/etc").build());
    assertRefused(new TarballBuilder().symlink("up", "../..").build());
  }

  @Test
  void neverWritesThroughASymlink() throws IOException {
    Files.writeString(parent.resolve("outside.txt"), "original");
    // "self" points at the root; "self/.." would then be the parent of the target directory.
    assertRefused(new TarballBuilder().symlink("self", ".").symlink("self/up", "..").build());
    assertRefused(new TarballBuilder().symlink("later", "dir/..").symlink("dir", ".").build());
    assertThat(parent.resolve("outside.txt")).hasContent("original");
  }

  @Test
  void refusesDeviceFilesAndHardLinksToMissingFiles() {
    assertRefused(new TarballBuilder().charDevice("dev/null").build());
    assertRefused(new TarballBuilder().hardLink("passwd", "../../etc/passwd").build());
  }

  @Test
  void refusesContentBeyondTheSizeLimit() {
    byte[] tarball = new TarballBuilder().file("big.bin", "x".repeat(2 << 20)).build();
    assertRefused(tarball);
  }

  private void assertRefused(byte[] tarball) {
    assertThatThrownBy(() -> extract(tarball)).isInstanceOf(ArtifactException.class);
  }
}
