package io.fluxjava.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A free loopback port for every named container port of every controller. */
public final class LocalPorts {

  private final Map<Controller, Map<String, Integer>> ports = new EnumMap<>(Controller.class);

  private LocalPorts() {}

  /** Picks free ports for the port names each controller's container declares. */
  public static LocalPorts allocate(Map<Controller, List<String>> portNames) {
    LocalPorts local = new LocalPorts();
    portNames.forEach(
        (controller, names) -> {
          Map<String, Integer> byName = new HashMap<>();
          names.forEach(name -> byName.put(name, freePort()));
          local.ports.put(controller, byName);
        });
    return local;
  }

  /** The local port standing in for {@code portName} of {@code controller}. */
  public int port(Controller controller, String portName) {
    Integer port = ports.getOrDefault(controller, Map.of()).get(portName);
    if (port == null) {
      throw new IllegalArgumentException(controller.deploymentName() + " has no port " + portName);
    }
    return port;
  }

  /** The port names of {@code controller}. */
  public Map<String, Integer> of(Controller controller) {
    return Map.copyOf(ports.get(controller));
  }

  /** The base URL of a controller's port, such as {@code http://127.0.0.1:41234}. */
  public String url(Controller controller, String portName) {
    return "http://127.0.0.1:" + port(controller, portName);
  }

  /** A port nothing listens on right now (another process may take it before it is used). */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
