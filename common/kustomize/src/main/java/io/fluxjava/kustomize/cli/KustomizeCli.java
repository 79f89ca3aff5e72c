package io.fluxjava.kustomize.cli;

import io.fluxjava.kustomize.KustomizeBuilder;
import io.fluxjava.kustomize.KustomizeException;
import io.fluxjava.kustomize.KustomizeOptions;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Command line: {@code build DIR [--load-restrictor LoadRestrictionsNone]} prints the built YAML,
 * or the error on stderr with exit code 1.
 */
public final class KustomizeCli {

  private static final String LOAD_RESTRICTOR_FLAG = "--load-restrictor";
  private static final String LOAD_RESTRICTIONS_NONE = "LoadRestrictionsNone";

  private KustomizeCli() {}

  /** Entry point. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command and returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    KustomizeOptions options = KustomizeOptions.defaults();
    boolean noRestrictions =
        args.length == 4
            && args[2].equals(LOAD_RESTRICTOR_FLAG)
            && args[3].equals(LOAD_RESTRICTIONS_NONE);
    if ((args.length != 2 && !noRestrictions) || !args[0].equals("build")) {
      err.println("usage: KustomizeCli build DIR [--load-restrictor LoadRestrictionsNone]");
      return 2;
    }
    if (noRestrictions) {
      options = options.withLoadRestrictions(KustomizeOptions.LoadRestrictions.NONE);
    }
    try {
      String yaml = new KustomizeBuilder(options).buildYaml(Path.of(args[1]));
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
