package io.fluxjava.runtime.options;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites Go-style flags into the {@code --name=value} form Spring Boot reads: {@code --flag
 * value} becomes {@code --flag=value}, a boolean flag alone becomes {@code --flag=true}, and a
 * single dash works like two.
 */
public final class CommandLineArgs {

  private CommandLineArgs() {}

  /** The normalised arguments. */
  public static String[] normalize(String[] args) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("-") || arg.equals("-") || arg.equals("--")) {
        out.add(arg);
        continue;
      }
      String flag = arg.startsWith("--") ? arg : "-" + arg;
      if (flag.contains("=")) {
        out.add(flag);
        continue;
      }
      String name = flag.substring(2);
      boolean takesValue = !FluxOptions.BOOLEAN_FLAGS.contains(name);
      if (takesValue && i + 1 < args.length && !args[i + 1].startsWith("-")) {
        out.add(flag + "=" + args[++i]);
      } else {
        out.add(flag + "=true");
      }
    }
    return out.toArray(String[]::new);
  }
}
