package io.fluxjava.kustomizecontroller.sops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** JSON files: one object whose {@code sops} key holds the metadata. */
class JsonStore implements SopsStore {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public SopsDocument load(byte[] content) {
    Map<String, Object> branch = TreeMaps.copyOf(parse(content), "JSON document");
    Object sops = branch.remove(SopsMetadata.KEY);
    if (sops == null) {
      throw SopsStore.metadataNotFound();
    }
    return new SopsDocument(List.of(branch), TreeMaps.copyOf(sops, "sops metadata"));
  }

  @Override
  public byte[] emit(List<Map<String, Object>> branches) {
    try {
      return MAPPER.writeValueAsBytes(branches.get(0));
    } catch (JsonProcessingException e) {
      throw new SopsException("failed to emit decrypted JSON data");
    }
  }

  private static Object parse(byte[] content) {
    try {
      return MAPPER.readValue(content, Object.class);
    } catch (IOException e) {
      throw new SopsException("failed to load encrypted JSON data: invalid JSON");
    }
  }
}
