package io.fluxjava.kustomizecontroller.sops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;

/**
 * Decrypts, in place, files that kustomize generators and patches read, inside a build's private
 * copy of the source. Paths must stay inside the root; files without the format's SOPS marker are
 * left alone; the plaintext is written back with owner-only permissions.
 */
public final class SopsFileDecryptor {

  /** Upstream's limit on the size of an encrypted file. */
  public static final long MAX_FILE_BYTES = 5L << 20;

  private final SopsDecryptor decryptor;
  private final Path root;

  /** {@code root} is the build's temporary directory; nothing outside it is touched. */
  public SopsFileDecryptor(SopsDecryptor decryptor, Path root) {
    this.decryptor = decryptor;
    this.root = root.toAbsolutePath().normalize();
  }

  /**
   * Decrypts the file (absolute, or relative to the root) if it is a SOPS file of this format, and
   * returns whether it did.
   */
  public boolean decryptInPlace(Path file, SopsFormat format) {
    Path target = confined(file);
    byte[] content = read(target);
    if (!format.hasMarker(content)) {
      return false;
    }
    byte[] plain;
    try {
      plain = decryptor.decrypt(content, format, format);
    } catch (SopsException e) {
      throw new SopsException(
          "failed to decrypt '" + realRoot().relativize(target) + "': " + e.getMessage(), e);
    }
    try {
      Files.write(target, plain);
      restrictToOwner(target);
    } catch (IOException e) {
      throw new SopsException(
          "error writing sops decrypted data to " + realRoot().relativize(target));
    }
    return true;
  }

  /** Plaintext is for the build only: owner read/write, as upstream writes it (0600). */
  private static void restrictToOwner(Path file) throws IOException {
    if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(
          file, EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }
  }

  /** The real path of the file; symlinks are followed but must not lead out of the root. */
  private Path confined(Path file) {
    Path real;
    try {
      real = root.resolve(file).toRealPath();
    } catch (IOException e) {
      throw new SopsException("cannot decrypt '" + file + "': file not found");
    }
    if (!real.startsWith(realRoot())) {
      throw new SopsException("cannot decrypt '" + file + "': path is outside the build directory");
    }
    return real;
  }

  private Path realRoot() {
    try {
      return root.toRealPath();
    } catch (IOException e) {
      throw new SopsException("the build directory does not exist");
    }
  }

  private byte[] read(Path target) {
    String name = realRoot().relativize(target).toString();
    if (!Files.isRegularFile(target)) {
      throw new SopsException("cannot decrypt '" + name + "': not a regular file");
    }
    try {
      if (Files.size(target) > MAX_FILE_BYTES) {
        throw new SopsException(
            "cannot decrypt '"
                + name
                + "': file size exceeds the limit of "
                + MAX_FILE_BYTES
                + " bytes");
      }
      return Files.readAllBytes(target);
    } catch (IOException e) {
      throw new SopsException("cannot read '" + name + "'");
    }
  }
}
