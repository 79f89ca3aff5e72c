package io.fluxjava.kustomizecontroller.sops;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * YAML files, one or several documents; the metadata sits under each document's {@code sops} key.
 * Comments are not kept (encrypted comments are dropped rather than decrypted).
 */
final class YamlStore implements SopsStore {

  @Override
  public SopsDocument load(byte[] content) {
    List<Map<String, Object>> branches = new ArrayList<>();
    Map<String, Object> metadata = null;
    try {
      Load load = new Load(LoadSettings.builder().build());
      for (Object document : load.loadAllFromString(new String(content, StandardCharsets.UTF_8))) {
        if (document == null) {
          continue;
        }
        Map<String, Object> branch = TreeMaps.copyOf(document, "YAML document");
        Object sops = branch.remove(SopsMetadata.KEY);
        if (metadata == null && sops != null) {
          metadata = TreeMaps.copyOf(sops, "sops metadata");
        }
        branches.add(branch);
      }
    } catch (YamlEngineException e) {
      throw new SopsException("failed to load encrypted YAML data: invalid YAML");
    }
    if (metadata == null) {
      throw SopsStore.metadataNotFound();
    }
    return new SopsDocument(branches, metadata);
  }

  @Override
  public byte[] emit(List<Map<String, Object>> branches) {
    Dump dump =
        new Dump(
            DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setIndent(2)
                .setIndicatorIndent(2)
                .setIndentWithIndicator(true)
                .build());
    String text =
        branches.size() == 1
            ? dump.dumpToString(branches.get(0))
            : dump.dumpAllToString(new ArrayList<Object>(branches).iterator());
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
