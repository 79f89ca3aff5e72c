package io.fluxjava.kustomizecontroller.sops;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds external commands that some tests use as reference tools. */
final class Commands {

  private Commands() {}

  static boolean isOnPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
