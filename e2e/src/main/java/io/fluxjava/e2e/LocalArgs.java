package io.fluxjava.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the container args the chart renders into the args of a local process: in-cluster addresses
 * point at the local processes, every named port listens on its local stand-in, and {@code /data}
 * moves to a local folder. Every other flag is passed on unchanged.
 */
public final class LocalArgs {

  private static final String EVENTS_ADDR = "--events-addr=";
  private static final String STORAGE_ADV_ADDR = "--storage-adv-addr=";
  private static final String STORAGE_PATH = "--storage-path=";

  private LocalArgs() {}

  /** The local args of {@code controller}, whose storage (if any) lives in {@code storage}. */
  public static List<String> of(
      Controller controller, List<String> chartArgs, LocalPorts ports, Path storage) {
    List<String> args = new ArrayList<>();
    for (String arg : chartArgs) {
      if (arg.startsWith(EVENTS_ADDR)) {
        args.add(EVENTS_ADDR + ports.url(Controller.NOTIFICATION, "http") + "/");
      } else if (arg.startsWith(STORAGE_ADV_ADDR)) {
        args.add(STORAGE_ADV_ADDR + "127.0.0.1:" + ports.port(Controller.SOURCE, "http"));
      } else if (arg.startsWith(STORAGE_PATH)) {
        args.add(STORAGE_PATH + storage);
      } else {
        args.add(arg);
      }
    }
    ports
        .of(controller)
        .forEach((name, port) -> args.add(controller.listenFlag(name) + "=127.0.0.1:" + port));
    return args;
  }
}
