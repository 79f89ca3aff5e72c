package io.fluxjava.source.oci;

import io.fluxjava.api.source.OCILayerOperation;
import io.fluxjava.api.source.OCILayerSelector;
import io.fluxjava.artifact.SafeTarExtractor;
import io.fluxjava.source.storage.ArtifactLocation;
import io.fluxjava.source.storage.ArtifactStorage;
import io.fluxjava.source.storage.SourceIgnore;
import io.fluxjava.source.storage.StoredArtifact;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stores the selected layer of an OCI artifact: extracted and re-archived (the default, with ignore
 * rules), or copied byte for byte ({@code operation: copy}).
 */
final class OciLayers {

  /** The media type of the layer {@code flux push artifact} writes. */
  static final String FLUX_CONTENT = "application/vnd.cncf.flux.content.v1.tar+gzip";

  private static final long MAX_EXTRACTED = 1024L * 1024 * 1024;

  private final ArtifactStorage storage;

  OciLayers(ArtifactStorage storage) {
    this.storage = storage;
  }

  /** The layer the selector names (by media type), or the first layer without a selector. */
  static OciManifest.Layer select(OciManifest manifest, OCILayerSelector selector)
      throws IOException {
    if (manifest.layers().isEmpty()) {
      throw new IOException("no layers found in artifact");
    }
    if (selector == null || selector.getMediaType() == null || selector.getMediaType().isEmpty()) {
      return manifest.layers().get(0);
    }
    return manifest.layers().stream()
        .filter(l -> selector.getMediaType().equals(l.mediaType()))
        .findFirst()
        .orElseThrow(
            () ->
                new IOException(
                    "failed to find layer with media type '"
                        + selector.getMediaType()
                        + "' in artifact"));
  }

  /** Writes the layer from {@code blob} to {@code location} per the selector's operation. */
  StoredArtifact store(
      InputStream blob,
      OCILayerSelector selector,
      ArtifactLocation location,
      String revision,
      String ignore,
      Path workDir)
      throws IOException {
    if (selector != null && selector.getOperation() == OCILayerOperation.COPY) {
      return storage.store(location, revision, blob::transferTo);
    }
    Path content = Files.createDirectories(workDir.resolve("content"));
    new SafeTarExtractor(MAX_EXTRACTED).extract(blob, content);
    return storage.archive(location, content, SourceIgnore.load(content, ignore), revision);
  }
}
