package io.fluxjava.kustomizecontroller.sops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decrypts SOPS v3 documents (YAML, JSON, dotenv, INI, binary) with the keys of a {@link
 * SopsKeyring}. The MAC is not verified, as in upstream kustomize-controller: kustomize changes the
 * documents after they were encrypted.
 */
public final class SopsDecryptor {

  private final DataKeyRecovery dataKeys;

  public SopsDecryptor(SopsKeyring keyring) {
    this.dataKeys = new DataKeyRecovery(keyring);
  }

  /**
   * Decrypts an encrypted file read in {@code input} format and writes it in {@code output} format,
   * as {@code sops --decrypt --input-type … --output-type …} would.
   */
  public byte[] decrypt(byte[] content, SopsFormat input, SopsFormat output) {
    SopsDocument document = SopsStore.forFormat(input).load(content);
    return SopsStore.forFormat(output).emit(decryptBranches(document));
  }

  /**
   * Decrypts a parsed document that carries its metadata under the top-level {@code sops} key (a
   * Kubernetes object, say) and returns a new map without that key.
   */
  public Map<String, Object> decryptTree(Map<String, Object> document) {
    Map<String, Object> branch = TreeMaps.copyOf(document, "document");
    Object metadata = branch.remove(SopsMetadata.KEY);
    if (metadata == null) {
      throw SopsStore.metadataNotFound();
    }
    SopsDocument parsed =
        new SopsDocument(List.of(branch), TreeMaps.copyOf(metadata, "sops metadata"));
    return decryptBranches(parsed).get(0);
  }

  private List<Map<String, Object>> decryptBranches(SopsDocument document) {
    SopsMetadata metadata = SopsMetadata.parse(document.metadata());
    TreeDecryptor tree = new TreeDecryptor(dataKeys.recover(metadata), metadata.rules());
    List<Map<String, Object>> decrypted = new ArrayList<>();
    for (Map<String, Object> branch : document.branches()) {
      decrypted.add(tree.decrypt(branch));
    }
    return decrypted;
  }
}
