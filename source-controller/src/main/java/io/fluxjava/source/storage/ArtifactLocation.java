package io.fluxjava.source.storage;

import java.util.Locale;
import java.util.Objects;

/**
 * Where one artifact file of one object lives, relative to the storage root: {@code <lower-case
 * kind>/<namespace>/<name>/<file>}.
 */
public record ArtifactLocation(String kind, String namespace, String name, String fileName) {

  public ArtifactLocation {
    kind = Objects.requireNonNull(kind, "kind").toLowerCase(Locale.ROOT);
    requireSafeSegment(fileName, "fileName");
    objectDirectory(kind, namespace, name);
  }

  /** Parses a path relative to the storage root, as found in {@code status.artifact.path}. */
  public static ArtifactLocation fromRelativePath(String path) {
    String[] parts = path.split("/", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException("invalid artifact path '" + path + "'");
    }
    return new ArtifactLocation(parts[0], parts[1], parts[2], parts[3]);
  }

  /** The directory that holds every artifact file of an object, relative to the storage root. */
  public static String objectDirectory(String kind, String namespace, String name) {
    requireSafeSegment(kind, "kind");
    requireSafeSegment(namespace, "namespace");
    requireSafeSegment(name, "name");
    return kind.toLowerCase(Locale.ROOT) + "/" + namespace + "/" + name;
  }

  /** The directory that holds every artifact file of this object, relative to the storage root. */
  public String objectDirectory() {
    return objectDirectory(kind, namespace, name);
  }

  /**
   * The path of the file relative to the storage root, as written into {@code
   * status.artifact.path}.
   */
  public String relativePath() {
    return objectDirectory() + "/" + fileName;
  }

  /** The same object with another file name. */
  public ArtifactLocation withFileName(String otherFileName) {
    return new ArtifactLocation(kind, namespace, name, otherFileName);
  }

  // Names come from Kubernetes objects and revisions; a separator or dot-segment would let one
  // object write outside its own directory.
  private static void requireSafeSegment(String segment, String what) {
    Objects.requireNonNull(segment, what);
    if (segment.isEmpty()
        || segment.equals(".")
        || segment.equals("..")
        || segment.indexOf('/') >= 0
        || segment.indexOf('\\') >= 0) {
      throw new IllegalArgumentException("invalid " + what + " '" + segment + "'");
    }
  }
}
