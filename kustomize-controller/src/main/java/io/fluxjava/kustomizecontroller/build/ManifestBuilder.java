package io.fluxjava.kustomizecontroller.build;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.kustomize.Kustomization;
import io.fluxjava.api.kustomize.KustomizationSpec;
import io.fluxjava.api.kustomize.PostBuild;
import io.fluxjava.api.kustomize.SubstituteStrategy;
import io.fluxjava.kustomize.KustomizeBuilder;
import io.fluxjava.kustomize.KustomizeException;
import io.fluxjava.kustomize.KustomizeOptions;
import io.fluxjava.kustomizecontroller.sops.SopsDecryptor;
import io.fluxjava.kustomizecontroller.sops.SopsException;
import io.fluxjava.kustomizecontroller.sops.SopsResourceDecryptor;
import io.fluxjava.kustomizecontroller.sops.SopsSourceDecryptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
   * Builds the manifests of {@code kustomization} from the artifact extracted at {@code root}.
   *
   * @throws BuildException with upstream's BuildFailed message
   */
  public BuildResult build(Kustomization kustomization, Path root) {
    KustomizationSpec spec = kustomization.getSpec();
    String namespace = kustomization.getMetadata().getNamespace();
    Path dir = buildDirectory(root, spec.getPath());
    KustomizationFileWriter.write(dir, spec);
    SopsDecryptor decryptor =
        spec.getDecryption() == null
            ? null
            : new SopsDecryptor(decryptionKeys.keyring(spec.getDecryption(), namespace));
    if (decryptor != null) {
      decryptGeneratorFiles(decryptor, root, dir);
    }
    List<Map<String, Object>> objects = kustomizeBuild(root, dir);
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

  /** The directory of {@code spec.path}, which must stay inside the artifact. */
  private static Path buildDirectory(Path root, String path) {
    Path base = root.toAbsolutePath().normalize();
    String relative = path == null ? "" : path.replaceFirst("^/+", "");
    Path dir = base.resolve(relative).normalize();
    if (!dir.startsWith(base)) {
      throw new BuildException("path '" + path + "' points outside the artifact");
    }
    if (!Files.isDirectory(dir)) {
      throw new BuildException(
          "kustomization path not found: stat " + path + ": no such file or directory");
    }
    return dir;
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
