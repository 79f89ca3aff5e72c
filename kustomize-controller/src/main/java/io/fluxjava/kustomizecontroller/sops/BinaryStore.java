package io.fluxjava.kustomizecontroller.sops;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Whole files encrypted as one value: a JSON envelope {@code {"data": ENC[…], "sops": {…}}} on
 * disk, the raw bytes of {@code data} once decrypted.
 */
final class BinaryStore extends JsonStore {

  private static final String DATA_KEY = "data";

  @Override
  public SopsDocument load(byte[] content) {
    SopsDocument document = super.load(content);
    if (!(document.branches().get(0).get(DATA_KEY) instanceof String)) {
      throw new SopsException("failed to load encrypted binary data: no 'data' string");
    }
    return document;
  }

  @Override
  public byte[] emit(List<Map<String, Object>> branches) {
    Object data = branches.get(0).get(DATA_KEY);
    if (!(data instanceof String text)) {
      throw new SopsException("cannot emit binary data: no 'data' string in the document");
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
