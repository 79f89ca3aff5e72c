package io.fluxjava.e2e;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fluxjava.testkit.InMemoryApiServerMain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The in-memory API server and the four controllers as separate processes, wired the way the chart
 * wires them: each controller runs its jar, laid out as in the image ({@link ExplodedJar}), with
 * the args the chart renders, moved to free loopback ports, and the JVM options its container would
 * have ({@link ContainerJvmOptions}). Used by {@code ./flux-local} and the end-to-end tests.
 */
public final class LocalCluster implements AutoCloseable {

  /** The namespace the controllers run in, as the chart's default install. */
  public static final String NAMESPACE = "flux-system";

  /** Chart objects the in-memory API server gets; RBAC is not enforced there but kept visible. */
  private static final Set<String> INSTALLED_KINDS =
      Set.of("ServiceAccount", "Service", "ClusterRole", "ClusterRoleBinding");

  private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);

  private final Settings settings;
  private final RenderedChart chart;
  private final LocalPorts ports;
  private final Path kubeconfig;
  private final List<ManagedProcess> processes = new ArrayList<>();
  private final Map<Controller, ManagedProcess> controllers = new EnumMap<>(Controller.class);
  private final Map<Controller, List<String>> commands = new EnumMap<>(Controller.class);
  private KubernetesClient client;

  /**
   * What to start: the project checkout (chart, CRDs and controller jars), a work folder for logs,
   * storage and the kubeconfig, the controllers' version, chart values and a sink for progress
   * lines.
   */
  public record Settings(
      Path projectRoot,
      Path workDir,
      String version,
      Map<String, String> chartValues,
      Consumer<String> progress) {}

  private LocalCluster(Settings settings) {
    this.settings = settings;
    this.chart =
        new ChartRenderer(settings.projectRoot().resolve("helm-chart"))
            .renderInSeparateJvm(NAMESPACE, settings.chartValues());
    Map<Controller, List<String>> portNames = new EnumMap<>(Controller.class);
    for (Controller controller : Controller.values()) {
      portNames.put(controller, chart.portNames(controller));
    }
    this.ports = LocalPorts.allocate(portNames);
    this.kubeconfig = settings.workDir().resolve("kubeconfig");
  }

  /** Starts everything and returns once every controller answers its readiness probe. */
  public static LocalCluster start(Settings settings) {
    LocalCluster cluster = new LocalCluster(settings);
    try {
      cluster.startApiServer();
      cluster.installChartObjects();
      cluster.startControllers();
      return cluster;
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /** A client of the in-memory API server. */
  public KubernetesClient client() {
    return client;
  }

  /** The kubeconfig for {@code kubectl --kubeconfig}. */
  public Path kubeconfig() {
    return kubeconfig;
  }

  /** The chart as rendered for this run. */
  public RenderedChart chart() {
    return chart;
  }

  /** The local stand-in of a controller's named port. */
  public String url(Controller controller, String portName) {
    return ports.url(controller, portName);
  }

  /** The log file of a controller. */
  public Path log(Controller controller) {
    return settings.workDir().resolve(controller.deploymentName() + ".log");
  }

  /** Every process started, API server first. */
  public List<ManagedProcess> processes() {
    return List.copyOf(processes);
  }

  /** Kills a controller at once (no graceful shutdown), as a crash would. */
  public void kill(Controller controller) {
    controllers.get(controller).kill();
  }

  /** Starts a controller again with the same args and waits until it is ready. */
  public void restart(Controller controller) {
    controllers.get(controller).close();
    launch(controller);
    awaitReady(controller);
  }

  @Override
  public void close() {
    if (client != null) {
      client.close();
    }
    // controllers first, so that none of them logs the API server going away
    for (int i = processes.size() - 1; i >= 0; i--) {
      processes.get(i).close();
    }
  }

  private void startApiServer() {
    settings.progress().accept("starting the in-memory API server");
    try {
      Files.createDirectories(settings.workDir());
      Files.deleteIfExists(kubeconfig);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int port = LocalPorts.freePort();
    ManagedProcess server =
        ManagedProcess.start(
            "api-server",
            List.of(
                ManagedProcess.javaBinary(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                InMemoryApiServerMain.class.getName(),
                "--port",
                Integer.toString(port),
                "--kubeconfig",
                kubeconfig.toString(),
                "--crds",
                settings.projectRoot().resolve("helm-chart").resolve("crds").toString()),
            Map.of(),
            settings.workDir().resolve("api-server.log"));
    processes.add(server);
    boolean up =
        HttpProbe.await(
            Duration.ofMinutes(1),
            () ->
                Files.exists(kubeconfig)
                    && HttpProbe.status("http://127.0.0.1:" + port + "/version") == 200);
    if (!up) {
      throw new IllegalStateException("the API server did not start; see " + server.log());
    }
    try {
      client =
          new KubernetesClientBuilder()
              .withConfig(Config.fromKubeconfig(Files.readString(kubeconfig)))
              .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void installChartObjects() {
    settings.progress().accept("creating namespace " + NAMESPACE + " and the chart's accounts");
    client
        .namespaces()
        .resource(
            new NamespaceBuilder().withNewMetadata().withName(NAMESPACE).endMetadata().build())
        .serverSideApply();
    for (GenericKubernetesResource object : chart.objects()) {
      if (INSTALLED_KINDS.contains(object.getKind())) {
        client.resource(object).forceConflicts().serverSideApply();
      }
    }
  }

  private void startControllers() {
    for (Controller controller : Controller.values()) {
      settings.progress().accept("starting " + controller.deploymentName());
      launch(controller);
    }
    for (Controller controller : Controller.values()) {
      awaitReady(controller);
      settings.progress().accept(controller.deploymentName() + " is ready");
    }
  }

  private void launch(Controller controller) {
    List<String> command =
        commands.computeIfAbsent(
            controller,
            c -> {
              List<String> line = new ArrayList<>();
              line.add(ManagedProcess.javaBinary());
              line.add("-jar");
              line.add(
                  ExplodedJar.of(
                          c.jar(settings.projectRoot(), settings.version()),
                          settings.workDir().resolve("jars").resolve(c.deploymentName()))
                      .toString());
              line.addAll(
                  LocalArgs.of(
                      c,
                      chart.container(c).getArgs(),
                      ports,
                      settings.workDir().resolve("storage")));
              return List.copyOf(line);
            });
    ManagedProcess process =
        ManagedProcess.start(
            controller.deploymentName(),
            command,
            Map.of(
                "KUBECONFIG",
                kubeconfig.toString(),
                "RUNTIME_NAMESPACE",
                NAMESPACE,
                ContainerJvmOptions.JAVA_TOOL_OPTIONS,
                ContainerJvmOptions.of(chart.container(controller))),
            log(controller));
    processes.remove(controllers.get(controller));
    controllers.put(controller, process);
    processes.add(process);
  }

  private void awaitReady(Controller controller) {
    ManagedProcess process = controllers.get(controller);
    String readyz = url(controller, "healthz") + "/readyz";
    boolean ready =
        HttpProbe.await(
            STARTUP_TIMEOUT, () -> !process.isAlive() || HttpProbe.status(readyz) == 200);
    if (!ready || !process.isAlive()) {
      throw new IllegalStateException(
          controller.deploymentName() + " did not become ready; see " + process.log());
    }
  }
}
