package io.fluxjava.artifact;

import java.io.IOException;

/**
 * An artifact could not be fetched: download failure, size limit, digest mismatch or an archive
 * that would write outside its target directory.
 */
public class ArtifactException extends IOException {

  public ArtifactException(String message) {
    super(message);
  }

  public ArtifactException(String message, Throwable cause) {
    super(message, cause);
  }
}
