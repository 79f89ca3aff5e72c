package io.fluxjava.source.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactStorageTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00.750Z");

  @TempDir Path storageRoot;
  @TempDir Path source;

  private ArtifactStorage storage() {
    return new ArtifactStorage(
        storageRoot,
        ArtifactUrls.of(":9090", "source-controller.flux-system.svc.cluster.local.", "pod"),
        DigestAlgorithm.SHA256,
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void archiveRecordsPathUrlDigestSizeAndTime() throws IOException {
    write("deploy/app.yaml", "kind: Deployment\n");
    ArtifactLocation location =
        new ArtifactLocation("GitRepository", "flux-system", "podinfo", "abc.tar.gz");

    StoredArtifact artifact =
        storage().archive(location, source, SourceIgnore.load(source, null), "main@sha1:abc");

    Path file = storageRoot.resolve("gitrepository/flux-system/podinfo/abc.tar.gz");
    assertThat(artifact.path()).isEqualTo("gitrepository/flux-system/podinfo/abc.tar.gz");
    assertThat(artifact.url())
        .isEqualTo(
            "http://source-controller.flux-system.svc.cluster.local./gitrepository/flux-system/podinfo/abc.tar.gz");
    assertThat(artifact.digest()).isEqualTo("sha256:" + sha256(file));
    assertThat(artifact.size()).isEqualTo(Files.size(file));
    assertThat(artifact.lastUpdateTime()).isEqualTo(Instant.parse("2026-11-28T12:00:00Z"));
    assertThat(artifact.revision()).isEqualTo("main@sha1:abc");
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(storage().isIntact(artifact)).isTrue();
  }

  @Test
  void sameTreeGivesSameDigestWhateverTimesAndOwnersAndCreationOrder() throws IOException {
    write("b.yaml", "b");
    write("a/z.yaml", "z");
    write("a/y.yaml", "y");
    StoredArtifact first = archive("first.tar.gz");

    Path other = Files.createTempDirectory(storageRoot.getParent(), "other");
    Files.createDirectories(other.resolve("a"));
    Files.writeString(other.resolve("a/y.yaml"), "y");
    Files.writeString(other.resolve("b.yaml"), "b");
    Files.writeString(other.resolve("a/z.yaml"), "z");
    Files.setLastModifiedTime(
        other.resolve("b.yaml"), FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
    StoredArtifact second =
        storage()
            .archive(
                new ArtifactLocation("gitrepository", "ns", "repo", "second.tar.gz"),
                other,
                SourceIgnore.load(other, null),
                "rev");

    assertThat(second.digest()).isEqualTo(first.digest());
  }

  @Test
  void tarballHasSortedEntriesZeroedTimesAndOwnersAndNormalisedModes() throws IOException {
    write("z.yaml", "z");
    write("dir/run.sh", "#!/bin/sh");
    Files.setPosixFilePermissions(
        source.resolve("dir/run.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.createSymbolicLink(source.resolve("link.yaml"), source.resolve("z.yaml"));

    StoredArtifact artifact = archive("x.tar.gz");

    List<TarArchiveEntry> entries = entries(storageRoot.resolve(artifact.path()));
    assertThat(entries)
        .extracting(TarArchiveEntry::getName)
        .containsExactly("dir/", "dir/run.sh", "z.yaml");
    assertThat(entries).extracting(e -> e.getMode() & 07777).containsExactly(0750, 0700, 0600);
    assertThat(entries)
        .allSatisfy(
            e -> {
              assertThat(e.getModTime().getTime()).isZero();
              assertThat(e.getLongUserId()).isZero();
              assertThat(e.getLongGroupId()).isZero();
              assertThat(e.getUserName()).isEmpty();
              assertThat(e.getGroupName()).isEmpty();
            });
  }

  @Test
  void damagedFileIsNotIntact() throws IOException {
    write("a.yaml", "a");
    StoredArtifact artifact = archive("x.tar.gz");

    Files.write(storageRoot.resolve(artifact.path()), new byte[] {1, 2, 3});

    assertThat(storage().isIntact(artifact)).isFalse();
    Files.delete(storageRoot.resolve(artifact.path()));
    assertThat(storage().isIntact(artifact)).isFalse();
  }

  @Test
  void garbageCollectionKeepsCurrentAndRecentFilesWithinCount() throws IOException {
    Path dir = storageRoot.resolve("gitrepository/ns/repo");
    Files.createDirectories(dir);
    for (int i = 1; i <= 4; i++) {
      Path file = dir.resolve("old" + i + ".tar.gz");
      Files.writeString(file, "x");
      Files.writeString(dir.resolve("old" + i + ".tar.gz.lock"), "");
      Files.setLastModifiedTime(file, FileTime.from(NOW.minusSeconds(50 - i)));
    }
    Path expired = dir.resolve("expired.tar.gz");
    Files.writeString(expired, "x");
    Files.setLastModifiedTime(expired, FileTime.from(NOW.minus(Duration.ofMinutes(5))));
    Path current = dir.resolve("current.tar.gz");
    Files.writeString(current, "x");
    Files.setLastModifiedTime(current, FileTime.from(NOW.minus(Duration.ofHours(1))));

    storage()
        .garbageCollect(
            new ArtifactLocation("gitrepository", "ns", "repo", "current.tar.gz"),
            RetentionPolicy.DEFAULT);

    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("current.tar.gz", "old4.tar.gz", "old4.tar.gz.lock");
    }
  }

  @Test
  void removeAllDeletesTheObjectDirectoryOnly() throws IOException {
    write("a.yaml", "a");
    archive("x.tar.gz");
    storage()
        .archive(
            new ArtifactLocation("gitrepository", "ns", "other", "y.tar.gz"),
            source,
            SourceIgnore.load(source, null),
            "rev");

    storage().removeAll("GitRepository", "ns", "repo");

    assertThat(storageRoot.resolve("gitrepository/ns/repo")).doesNotExist();
    assertThat(storageRoot.resolve("gitrepository/ns/other/y.tar.gz")).exists();
  }

  @Test
  void locationsRejectNamesThatWouldLeaveTheObjectDirectory() {
    assertThatThrownBy(() -> new ArtifactLocation("gitrepository", "..", "repo", "x.tar.gz"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ArtifactLocation("gitrepository", "ns", "repo", "a/b.tar.gz"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(storage().resolve(new ArtifactLocation("GitRepository", "ns", "repo", "f.tar.gz")))
        .isEqualTo(storageRoot.resolve("gitrepository/ns/repo/f.tar.gz"));
  }

  @Test
  void locationsRoundTripThroughTheirRelativePath() {
    ArtifactLocation location = new ArtifactLocation("GitRepository", "ns", "repo", "abc.tar.gz");

    assertThat(ArtifactLocation.fromRelativePath(location.relativePath())).isEqualTo(location);
    assertThatThrownBy(() -> ArtifactLocation.fromRelativePath("gitrepository/ns/abc.tar.gz"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private StoredArtifact archive(String fileName) throws IOException {
    return storage()
        .archive(
            new ArtifactLocation("gitrepository", "ns", "repo", fileName),
            source,
            SourceIgnore.load(source, null),
            "rev");
  }

  private void write(String path, String content) throws IOException {
    Path file = source.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private static List<TarArchiveEntry> entries(Path tarball) throws IOException {
    List<TarArchiveEntry> entries = new ArrayList<>();
    try (InputStream in = Files.newInputStream(tarball);
        TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(in))) {
      for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        entries.add(e);
      }
    }
    return entries;
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
