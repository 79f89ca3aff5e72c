package io.fluxjava.source.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceIgnoreTest {

  @TempDir Path root;

  @Test
  void vcsFilesAreIgnoredAlongsideUserPatterns() throws IOException {
    write(".sourceignore", "*.md\n");
    SourceIgnore ignore = SourceIgnore.load(root, "*.txt");

    assertThat(ignore.isIgnored(".git", true)).isTrue();
    assertThat(ignore.isIgnored("sub/.gitmodules", false)).isTrue();
    assertThat(ignore.isIgnored(".gitattributes", false)).isTrue();
  }

  @Test
  void defaultListAppliesOnlyWithoutUserPatterns() throws IOException {
    SourceIgnore defaults = SourceIgnore.load(root, null);
    assertThat(defaults.isIgnored("docs/logo.png", false)).isTrue();
    assertThat(defaults.isIgnored(".github", true)).isTrue();
    assertThat(defaults.isIgnored("deep/dir/.sops.yaml", false)).isTrue();
    assertThat(defaults.isIgnored("deploy/app.yaml", false)).isFalse();

    write(".sourceignore", "# only a comment would not count\n*.md\n");
    SourceIgnore user = SourceIgnore.load(root, null);
    assertThat(user.isIgnored("docs/logo.png", false)).isFalse();
    assertThat(user.isIgnored("README.md", false)).isTrue();
  }

  @Test
  void nestedSourceIgnoreIsScopedToItsDirectory() throws IOException {
    write("apps/.sourceignore", "*.txt\n/local.yaml\n");
    SourceIgnore ignore = SourceIgnore.load(root, null);

    assertThat(ignore.isIgnored("apps/notes.txt", false)).isTrue();
    assertThat(ignore.isIgnored("apps/x/notes.txt", false)).isTrue();
    assertThat(ignore.isIgnored("apps/local.yaml", false)).isTrue();
    assertThat(ignore.isIgnored("apps/x/local.yaml", false)).isFalse();
    assertThat(ignore.isIgnored("notes.txt", false)).isFalse();
  }

  @Test
  void specIgnoreWinsOverSourceIgnoreFiles() throws IOException {
    write(".sourceignore", "*.yaml\n");
    write("apps/.sourceignore", "!keep.yaml\n");

    SourceIgnore withoutSpec = SourceIgnore.load(root, null);
    assertThat(withoutSpec.isIgnored("apps/keep.yaml", false)).isFalse();
    assertThat(withoutSpec.isIgnored("apps/other.yaml", false)).isTrue();

    SourceIgnore withSpec = SourceIgnore.load(root, "/apps/keep.yaml\n!/other.yaml");
    assertThat(withSpec.isIgnored("apps/keep.yaml", false)).isTrue();
    assertThat(withSpec.isIgnored("other.yaml", false)).isFalse();
  }

  @Test
  void directoryPatternsMatchDirectoriesOnly() throws IOException {
    SourceIgnore ignore = SourceIgnore.load(root, "build/\n");

    assertThat(ignore.isIgnored("build", true)).isTrue();
    assertThat(ignore.isIgnored("src/build", true)).isTrue();
    assertThat(ignore.isIgnored("build", false)).isFalse();
  }

  private void write(String path, String content) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
