package io.fluxjava.kustomizecontroller.build;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.kustomize.Kustomization;
import io.fluxjava.api.kustomize.KustomizationSpec;
import io.fluxjava.api.kustomize.PostBuild;
import io.fluxjava.api.kustomize.SubstituteStrategy;
import io.fluxjava.artifact.ArtifactLease;
import io.fluxjava.kustomize.KustomizeBuilder;
import io.fluxjava.kustomize.KustomizeException;
import io.fluxjava.kustomize.KustomizeOptions;
import io.fluxjava.kustomizecontroller.sops.SopsDecryptor;
import io.fluxjava.kustomizecontroller.sops.SopsException;
import io.fluxjava.kustomizecontroller.sops.SopsResourceDecryptor;
import io.fluxjava.kustomizecontroller.sops.SopsSourceDecryptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Builds a Kustomization's manifests from an extracted artifact, in upstream's order: kustomization
 * file (generated when missing, with the spec's overlays), SOPS decryption of generator files,
 * {@code kustomize build}, SOPS decryption of the objects, then post-build substitution.
 */
public final class ManifestBuilder {

  private final KubernetesClient client;
  private final DecryptionKeys decryptionKeys;
  private final boolean strictSubstitution;

  public ManifestBuilder(
      KubernetesClient client, DecryptionKeys decryptionKeys, boolean strictSubstitution) {
    this.client = client;
    this.decryptionKeys = decryptionKeys;
    this.strictSubstitution = strictSubstitution;
  }

  /**
   * Builds the manifests of {@code kustomization} from the leased artifact, without writing into
   * its shared tree.
   *
   * @throws BuildException with upstream's BuildFailed message
   */
  public BuildResult build(Kustomization kustomization, ArtifactLease source) {
    KustomizationSpec spec = kustomization.getSpec();
    String namespace = kustomization.getMetadata().getNamespace();
    BuildTree tree = BuildTree.prepare(source, spec);
    SopsDecryptor decryptor =
        spec.getDecryption() == null
            ? null
            : new SopsDecryptor(decryptionKeys.keyring(spec.getDecryption(), namespace));
    if (decryptor != null) {
      // BuildTree gives a decrypting build its own copy: the files are decrypted in place
      decryptGeneratorFiles(decryptor, tree.root(), tree.dir());
    }
    List<Map<String, Object>> objects = kustomizeBuild(tree.root(), tree.dir());
    if (decryptor != null) {
      SopsResourceDecryptor resources = new SopsResourceDecryptor(decryptor);
      objects = objects.stream().map(o -> decrypt(resources, o)).toList();
    }
    objects = substitute(objects, spec.getPostBuild(), namespace);
    return new BuildResult(objects, digest(KustomizeBuilder.toYaml(objects)));
  }

  private static void decryptGeneratorFiles(SopsDecryptor decryptor, Path root, Path dir) {
    try {
      new SopsSourceDecryptor(decryptor, root).decryptSources(root.relativize(dir));
    } catch (SopsException e) {
      throw new BuildException("decryption failed: " + e.getMessage(), e);
    }
  }

  private static Map<String, Object> decrypt(
      SopsResourceDecryptor decryptor, Map<String, Object> object) {
    try {
      return decryptor.decrypt(object);
    } catch (SopsException e) {
      throw new BuildException(
          "decryption failed for '" + ManifestObjects.nameOf(object) + "': " + e.getMessage(), e);
    }
  }

  /**
   * Builds as upstream does: no kustomize load restriction between the artifact's folders (an
   * overlay may read {@code ../patches/x.yaml}), but nothing outside the artifact.
   */
  private static List<Map<String, Object>> kustomizeBuild(Path root, Path dir) {
    KustomizeOptions options =
        KustomizeOptions.defaults()
            .withLoadRestrictions(KustomizeOptions.LoadRestrictions.NONE)
            .confinedTo(root);
    try {
      return new KustomizeBuilder(options).build(dir);
    } catch (KustomizeException e) {
      throw new BuildException("kustomize build failed: " + e.getMessage(), e);
    }
  }

  private List<Map<String, Object>> substitute(
      List<Map<String, Object>> objects, PostBuild postBuild, String namespace) {
    if (postBuild == null) {
      return objects;
    }
    Map<String, String> vars = new PostBuildVariables(client).load(postBuild, namespace);
    if (vars.isEmpty() && postBuild.getSubstituteStrategy() != SubstituteStrategy.ALWAYS) {
      return objects;
    }
    return new PostBuildSubstitution(vars, strictSubstitution).apply(objects);
  }

  private static String digest(String yaml) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(yaml.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
