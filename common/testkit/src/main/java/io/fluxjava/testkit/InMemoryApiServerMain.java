package io.fluxjava.testkit;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs an {@link InMemoryApiServer} as its own process until killed: {@code --port 6443
 * --kubeconfig path [--crds dir]}. Prints the kubeconfig path once the server is up.
 */
public final class InMemoryApiServerMain {

  private InMemoryApiServerMain() {}

  /** Entry point; see the class comment for the arguments. */
  public static void main(String[] args) throws InterruptedException {
    int port = 0;
    Path kubeconfig = Path.of("kubeconfig");
    Path crds = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--kubeconfig" -> kubeconfig = Path.of(args[i + 1]);
        case "--crds" -> crds = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (args.length % 2 != 0) {
      throw new IllegalArgumentException("every argument needs a value: " + String.join(" ", args));
    }
    InMemoryApiServer server = InMemoryApiServer.start(port);
    try {
      if (crds != null) {
        server.installCrds(crds);
      }
      System.out.println(server.writeKubeconfig(kubeconfig).toAbsolutePath());
    } catch (RuntimeException e) {
      // the server's threads would otherwise keep a half-started process alive
      server.close();
      throw e;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    System.out.flush();
    new CountDownLatch(1).await();
  }
}
