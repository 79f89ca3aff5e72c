package io.fluxjava.e2e;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JVM options a controller's container runs with: the chart's {@code JAVA_TOOL_OPTIONS}, plus
 * what the JVM would read from the container's cgroup, its memory limit ({@code -XX:MaxRAM}, which
 * the chart's heap percentages are taken of) and CPU limit ({@code -XX:ActiveProcessorCount}, which
 * sizes the collector and the thread pools). A local process given these behaves as in the pod.
 */
public final class ContainerJvmOptions {

  static final String JAVA_TOOL_OPTIONS = "JAVA_TOOL_OPTIONS";
  private static final String MEMORY = "memory";
  private static final String CPU = "cpu";

  private ContainerJvmOptions() {}

  /** The value for {@code JAVA_TOOL_OPTIONS} that makes a local JVM match {@code container}. */
  public static String of(Container container) {
    List<String> options = new ArrayList<>();
    Map<String, Quantity> limits =
        container.getResources() == null ? null : container.getResources().getLimits();
    if (limits != null && limits.containsKey(MEMORY)) {
      options.add("-XX:MaxRAM=" + Quantity.getAmountInBytes(limits.get(MEMORY)).toBigInteger());
    }
    if (limits != null && limits.containsKey(CPU)) {
      BigDecimal cores = Quantity.getAmountInBytes(limits.get(CPU));
      int processors = Math.max(1, cores.setScale(0, RoundingMode.CEILING).intValueExact());
      options.add("-XX:ActiveProcessorCount=" + processors);
    }
    container.getEnv().stream()
        .filter(env -> JAVA_TOOL_OPTIONS.equals(env.getName()))
        .map(EnvVar::getValue)
        .findFirst()
        .ifPresent(options::add);
    return String.join(" ", options);
  }
}
