package io.fluxjava.kustomize.cli;

import io.fluxjava.kustomize.KustomizeBuilder;
import io.fluxjava.kustomize.KustomizeException;
import io.fluxjava.kustomize.KustomizeOptions;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Command line: {@code build DIR} prints the built YAML, or the error on stderr with exit 1. */
public final class KustomizeCli {

  private KustomizeCli() {}

  /** Entry point. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command and returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 2 || !args[0].equals("build")) {
      err.println("usage: KustomizeCli build DIR");
      return 2;
    }
    try {
      String yaml = new KustomizeBuilder(KustomizeOptions.defaults()).buildYaml(Path.of(args[1]));
      PrintStream utf8 = new PrintStream(out, false, StandardCharsets.UTF_8);
      utf8.print(yaml);
      utf8.flush();
      return 0;
    } catch (KustomizeException e) {
      err.println("Error: " + e.getMessage());
      return 1;
    }
  }
}
