package io.fluxjava.source.oci;

import java.util.List;
import java.util.Map;

/**
 * The parts of an OCI image manifest a source needs: its digest, the config media type, the layers
 * and the annotations.
 */
public record OciManifest(
    String digest, String configMediaType, List<Layer> layers, Map<String, String> annotations) {

  /** One layer descriptor with its own annotations (cosign keeps signatures there). */
  public record Layer(
      String mediaType, String digest, long size, Map<String, String> annotations) {}
}
