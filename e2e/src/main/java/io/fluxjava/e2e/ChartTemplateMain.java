package io.fluxjava.e2e;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Prints the chart's manifests: {@code <chart dir> <namespace> [key=value ...]}. */
public final class ChartTemplateMain {

  private ChartTemplateMain() {}

  /** Entry point; see the class comment for the arguments. */
  public static void main(String[] args) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 2; i < args.length; i++) {
      String[] pair = args[i].split("=", 2);
      values.put(pair[0], pair[1]);
    }
    System.out.print(new ChartRenderer(Path.of(args[0])).template(args[1], values));
  }
}
