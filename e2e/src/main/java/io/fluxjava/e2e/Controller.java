package io.fluxjava.e2e;

import java.nio.file.Path;
import java.util.Map;

/**
 * The four controllers: their Deployment names in the chart and which flag sets the listen address
 * behind each named container port.
 */
public enum Controller {
  SOURCE("source-controller", Map.of("http", "--storage-addr")),
  KUSTOMIZE("kustomize-controller", Map.of()),
  HELM("helm-controller", Map.of()),
  // notification-controller receives events on --events-addr; it sends none
  NOTIFICATION(
      "notification-controller", Map.of("http", "--events-addr", "http-webhook", "--receiverAddr"));

  /** The ports every controller has: metrics and probes. */
  private static final Map<String, String> COMMON_PORT_FLAGS =
      Map.of("http-prom", "--metrics-addr", "healthz", "--health-addr");

  private final String deploymentName;
  private final Map<String, String> ownPortFlags;

  Controller(String deploymentName, Map<String, String> ownPortFlags) {
    this.deploymentName = deploymentName;
    this.ownPortFlags = ownPortFlags;
  }

  /** The Deployment, ServiceAccount and Maven module name, e.g. {@code source-controller}. */
  public String deploymentName() {
    return deploymentName;
  }

  /** The flag that sets the listen address of the container port {@code portName}. */
  public String listenFlag(String portName) {
    String flag = ownPortFlags.getOrDefault(portName, COMMON_PORT_FLAGS.get(portName));
    if (flag == null) {
      throw new IllegalArgumentException(deploymentName + " has no flag for port " + portName);
    }
    return flag;
  }

  /** The executable jar Maven builds in the module's target folder. */
  public Path jar(Path projectRoot, String version) {
    return projectRoot
        .resolve(deploymentName)
        .resolve("target")
        .resolve(deploymentName + "-" + version + ".jar");
  }
}
