package io.fluxjava.source.storage;

import java.io.IOException;
import java.io.OutputStream;

/** Produces the bytes of an artifact file; storage decides where they go. */
@FunctionalInterface
public interface ArtifactContent {

  /** Writes the whole content to {@code out} (without closing it). */
  void writeTo(OutputStream out) throws IOException;
}
