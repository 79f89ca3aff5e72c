package io.fluxjava.kustomizecontroller.build;

import io.fluxjava.api.kustomize.KustomizationSpec;
import io.fluxjava.artifact.ArtifactLease;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where one build reads from: the artifact's shared tree is never written, so a build that needs a
 * kustomization file of its own gets it in the lease's private work directory, and only a build
 * that must change the artifact's files (SOPS-decrypted generator files, overlays merged into the
 * user's file, origin annotations that name file paths) works on a private copy of the tree.
 *
 * @param root the artifact root the build is confined to
 * @param dir the directory {@code kustomize build} runs in, its kustomization file ready
 */
record BuildTree(Path root, Path dir) {

  /** Prepares the build of {@code spec} from the leased artifact. */
  static BuildTree prepare(ArtifactLease source, KustomizationSpec spec) {
    Path shared = source.root();
    Path sharedDir = directory(shared, spec.getPath());
    try {
      boolean hasFile = KustomizationFiles.find(sharedDir).isPresent();
      if (mustChangeFiles(spec, hasFile)) {
        Path copy = source.privateCopy();
        Path dir = directory(copy, spec.getPath());
        KustomizationFileWriter.write(dir, spec);
        return new BuildTree(copy, dir);
      }
      if (hasFile) {
        return new BuildTree(shared, sharedDir);
      }
      Path generated = source.workDir();
      KustomizationFileWriter.writeGenerated(sharedDir, spec, generated);
      return new BuildTree(shared, generated);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean mustChangeFiles(KustomizationSpec spec, boolean hasFile) {
    boolean originAnnotations =
        spec.getBuildMetadata() != null && !spec.getBuildMetadata().isEmpty();
    return spec.getDecryption() != null
        || originAnnotations
        || (hasFile && KustomizationFileWriter.hasOverlays(spec));
  }

  /** The directory of {@code spec.path}, which must stay inside the artifact. */
  private static Path directory(Path root, String path) {
    Path base = root.toAbsolutePath().normalize();
    String relative = path == null ? "" : path.replaceFirst("^/+", "");
    Path dir = base.resolve(relative).normalize();
    if (!dir.startsWith(base)) {
      throw new BuildException("path '" + path + "' points outside the artifact");
    }
    if (!Files.isDirectory(dir)) {
      throw new BuildException(
          "kustomization path not found: stat " + path + ": no such file or directory");
    }
    return dir;
  }
}
