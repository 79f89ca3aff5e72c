package io.fluxjava.kustomizecontroller.sops;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Before {@code kustomize build}, decrypts in place the SOPS files a kustomization tree reads, as
 * upstream does: every {@code secretGenerator} {@code files} entry (format from its key's
 * extension) and {@code envs} entry (dotenv unless the extension says otherwise), and every local
 * {@code patches[].path}, following {@code resources} and {@code components} into subdirectories.
 */
public final class SopsSourceDecryptor {

  private static final List<String> KUSTOMIZATION_FILE_NAMES =
      List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

  private final SopsFileDecryptor files;
  private final Path root;

  /** {@code root} is the build's private copy of the source; nothing outside it is touched. */
  public SopsSourceDecryptor(SopsDecryptor decryptor, Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.files = new SopsFileDecryptor(decryptor, this.root);
  }

  /**
   * Walks the kustomization in {@code directory} (relative to the root) and what it includes, and
   * returns the files that were decrypted, relative to the root.
   */
  public List<Path> decryptSources(Path directory) {
    Set<Path> decrypted = new LinkedHashSet<>();
    visit(root.resolve(directory).normalize(), new HashSet<>(), decrypted);
    return new ArrayList<>(decrypted);
  }

  private void visit(Path directory, Set<Path> visited, Set<Path> decrypted) {
    if (!directory.startsWith(root) || !Files.isDirectory(directory) || !visited.add(directory)) {
      return;
    }
    Map<?, ?> kustomization = load(directory);
    if (kustomization == null) {
      return;
    }
    for (Object generator : list(kustomization.get("secretGenerator"))) {
      if (generator instanceof Map<?, ?> secret) {
        for (Object source : list(secret.get("files"))) {
          String entry = source.toString();
          int equals = entry.indexOf('=');
          String key = equals < 0 ? entry : entry.substring(0, equals);
          String path = equals < 0 ? entry : entry.substring(equals + 1);
          decrypt(directory, path, SopsFormat.forPath(key), decrypted);
        }
        for (Object env : list(secret.get("envs"))) {
          decrypt(directory, env.toString(), SopsFormat.forEnvFile(env.toString()), decrypted);
        }
      }
    }
    for (Object patch : list(kustomization.get("patches"))) {
      if (patch instanceof Map<?, ?> fields
          && fields.get("path") instanceof String path
          && !isRemote(path)) {
        decrypt(directory, path, SopsFormat.forPath(path), decrypted);
      }
    }
    for (String key : List.of("resources", "components")) {
      for (Object include : list(kustomization.get(key))) {
        visit(directory.resolve(include.toString()).normalize(), visited, decrypted);
      }
    }
  }

  private void decrypt(Path directory, String path, SopsFormat format, Set<Path> decrypted) {
    Path file = directory.resolve(path).normalize();
    Path relative = root.relativize(file);
    if (!decrypted.contains(relative) && files.decryptInPlace(relative, format)) {
      decrypted.add(relative);
    }
  }

  private Map<?, ?> load(Path directory) {
    List<Path> found =
        KUSTOMIZATION_FILE_NAMES.stream()
            .map(directory::resolve)
            .filter(Files::isRegularFile)
            .toList();
    if (found.size() > 1) {
      throw new SopsException(
          "found multiple kustomization files in '" + root.relativize(directory) + "'");
    }
    if (found.isEmpty()) {
      return null;
    }
    try {
      Object parsed =
          new Load(LoadSettings.builder().build())
              .loadFromString(Files.readString(found.get(0), StandardCharsets.UTF_8));
      return parsed instanceof Map<?, ?> map ? map : Map.of();
    } catch (IOException | YamlEngineException e) {
      throw new SopsException(
          "failed to read kustomization file in '" + root.relativize(directory) + "'");
    }
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> list ? list : List.of();
  }

  private static boolean isRemote(String path) {
    try {
      URI uri = new URI(path);
      return uri.getScheme() != null && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
