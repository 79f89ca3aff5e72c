package io.fluxjava.kustomizecontroller.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The file names kustomize recognises as a kustomization, in its order of preference. */
final class KustomizationFiles {

  static final List<String> NAMES =
      List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

  private KustomizationFiles() {}

  /** The kustomization file of {@code dir}, when it has one. */
  static Optional<Path> find(Path dir) {
    return NAMES.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst();
  }
}
