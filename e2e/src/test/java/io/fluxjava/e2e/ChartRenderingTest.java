package io.fluxjava.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The chart rendered by the Helm engine, with default and with changed values. */
class ChartRenderingTest {

  static final Path CHART = E2eSettings.projectRoot().resolve("helm-chart");

  private final ChartRenderer renderer = new ChartRenderer(CHART);
  private final RenderedChart defaults = renderer.render("flux-system", Map.of());

  @Test
  void passesStrictLint() {
    var lint = renderer.lint();

    assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
  }

  @Test
  void deploymentsCarryUpstreamNamesLabelsAndPorts() {
    for (Controller controller : Controller.values()) {
      Deployment deployment = defaults.deployment(controller);

      assertThat(deployment.getMetadata().getLabels())
          .containsEntry("app.kubernetes.io/part-of", "flux")
          .containsEntry("app.kubernetes.io/instance", "flux-system")
          .containsEntry("app.kubernetes.io/component", controller.deploymentName());
      assertThat(deployment.getSpec().getTemplate().getMetadata().getAnnotations())
          .containsEntry("prometheus.io/scrape", "true")
          .containsEntry("prometheus.io/port", "8080");
      assertThat(deployment.getSpec().getTemplate().getSpec().getServiceAccountName())
          .isEqualTo(controller.deploymentName());
    }
    assertThat(ports(Controller.SOURCE))
        .containsExactly("http:9090", "http-prom:8080", "healthz:9440");
    assertThat(ports(Controller.KUSTOMIZE)).containsExactly("http-prom:8080", "healthz:9440");
    assertThat(ports(Controller.HELM)).containsExactly("http-prom:8080", "healthz:9440");
    assertThat(ports(Controller.NOTIFICATION))
        .containsExactly("http:9090", "http-webhook:9292", "http-prom:8080", "healthz:9440");
  }

  @Test
  void argsAreUpstreamFlagsWithInClusterAddresses() {
    String events = "--events-addr=http://notification-controller.flux-system.svc.cluster.local./";
    List<String> common =
        List.of(
            "--watch-all-namespaces=true",
            "--log-level=info",
            "--log-encoding=json",
            "--enable-leader-election");

    assertThat(args(Controller.SOURCE))
        .containsAll(common)
        .contains(
            "--concurrent=2",
            events,
            "--storage-path=/data",
            "--storage-adv-addr=source-controller.flux-system.svc.cluster.local.");
    assertThat(args(Controller.KUSTOMIZE)).containsAll(common).contains("--concurrent=4", events);
    assertThat(args(Controller.HELM)).containsAll(common).contains("--concurrent=4", events);
    assertThat(args(Controller.NOTIFICATION))
        .containsAll(common)
        .contains("--concurrent=4")
        .noneMatch(arg -> arg.startsWith("--events-addr"));
  }

  @Test
  void podsRunHardenedWithProbesAndAHeapSizedFromTheLimit() {
    for (Controller controller : Controller.values()) {
      PodSpec pod = defaults.deployment(controller).getSpec().getTemplate().getSpec();
      Container container = defaults.container(controller);

      assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
      assertThat(pod.getSecurityContext().getSeccompProfile().getType())
          .isEqualTo("RuntimeDefault");
      assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
      assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
      assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
      assertThat(container.getVolumeMounts())
          .anyMatch(mount -> mount.getMountPath().equals("/tmp"));
      assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/healthz");
      assertThat(container.getResources().getLimits()).containsKey("memory");
      assertThat(env(container, "JAVA_TOOL_OPTIONS"))
          .isEqualTo(
              "-XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=2 -XX:+ExitOnOutOfMemoryError"
                  + " -Djava.io.tmpdir=/tmp -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k"
                  + " -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20");
      assertThat(container.getEnv())
          .anyMatch(
              env ->
                  env.getName().equals("RUNTIME_NAMESPACE")
                      && env.getValueFrom()
                          .getFieldRef()
                          .getFieldPath()
                          .equals("metadata.namespace"));
    }
    Container source = defaults.container(Controller.SOURCE);
    assertThat(source.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/");
    assertThat(source.getReadinessProbe().getHttpGet().getPort().getStrVal()).isEqualTo("http");
    assertThat(source.getVolumeMounts()).anyMatch(mount -> mount.getMountPath().equals("/data"));
    Container kustomize = defaults.container(Controller.KUSTOMIZE);
    assertThat(kustomize.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/readyz");
    assertThat(kustomize.getReadinessProbe().getHttpGet().getPort().getStrVal())
        .isEqualTo("healthz");
  }

  @Test
  void servicesAccountsRbacAndNetworkPoliciesAreUpstreams() {
    assertThat(servicePort("source-controller")).isEqualTo("80->http");
    assertThat(servicePort("notification-controller")).isEqualTo("80->http");
    assertThat(servicePort("webhook-receiver")).isEqualTo("80->http-webhook");
    assertThat(names("ServiceAccount"))
        .containsExactlyInAnyOrder(
            "source-controller",
            "kustomize-controller",
            "helm-controller",
            "notification-controller");
    assertThat(names("NetworkPolicy"))
        .containsExactlyInAnyOrder("allow-egress", "allow-scraping", "allow-webhooks");

    GenericKubernetesResource reconciler =
        defaults.get("ClusterRoleBinding", "cluster-reconciler-flux-system");
    assertThat(reconciler.get("roleRef", "name").toString()).isEqualTo("cluster-admin");
    assertThat(subjects(reconciler)).containsExactly("kustomize-controller", "helm-controller");
    GenericKubernetesResource crdController =
        defaults.get("ClusterRoleBinding", "crd-controller-flux-system");
    assertThat(subjects(crdController)).hasSize(4);
    assertThat(defaults.get("ClusterRole", "crd-controller-flux-system").toString())
        .contains("kustomize.toolkit.fluxcd.io", "leases");
  }

  @Test
  void optionalObjectsAreOffByDefault() {
    assertThat(defaults.ofKind("PodMonitor")).isEmpty();
    assertThat(defaults.ofKind("PrometheusRule")).isEmpty();
    assertThat(defaults.ofKind("GitRepository")).isEmpty();
    assertThat(defaults.ofKind("Kustomization")).isEmpty();
  }

  @Test
  void changedValuesReachTheObjects() {
    RenderedChart chart =
        renderer.render(
            "gitops",
            Map.ofEntries(
                Map.entry("image.registry", "registry.example.com/flux"),
                Map.entry("image.tag", "1.2.3"),
                Map.entry("watchAllNamespaces", "false"),
                Map.entry("logLevel", "debug"),
                Map.entry("leaderElection", "false"),
                Map.entry("kustomizeController.concurrent", "10"),
                Map.entry("kustomizeController.resources.limits.memory", "2Gi"),
                Map.entry("jvm.maxRAMPercentage", "60"),
                Map.entry("jvm.extraOptions", "-XX:TieredStopAtLevel=4"),
                Map.entry("networkPolicy.enabled", "false"),
                Map.entry("prometheus.podMonitor.enabled", "true"),
                Map.entry("prometheus.rule.enabled", "true")));

    Container kustomize = chart.container(Controller.KUSTOMIZE);
    assertThat(kustomize.getImage())
        .isEqualTo("registry.example.com/flux/kustomize-controller:1.2.3");
    assertThat(kustomize.getArgs())
        .contains(
            "--watch-all-namespaces=false",
            "--log-level=debug",
            "--concurrent=10",
            "--events-addr=http://notification-controller.gitops.svc.cluster.local./")
        .doesNotContain("--enable-leader-election");
    assertThat(kustomize.getResources().getLimits().get("memory").toString()).isEqualTo("2Gi");
    // the JVM takes the last value of a flag: extraOptions override the tuned options
    assertThat(env(kustomize, "JAVA_TOOL_OPTIONS"))
        .contains("-XX:MaxRAMPercentage=60")
        .endsWith("-XX:MaxHeapFreeRatio=20 -XX:TieredStopAtLevel=4");
    assertThat(chart.container(Controller.SOURCE).getArgs())
        .contains("--storage-adv-addr=source-controller.gitops.svc.cluster.local.");
    assertThat(chart.deployment(Controller.HELM).getMetadata().getLabels())
        .containsEntry("app.kubernetes.io/instance", "gitops");
    assertThat(chart.ofKind("NetworkPolicy")).isEmpty();
    assertThat(chart.ofKind("PodMonitor")).hasSize(1);
    assertThat(chart.get("PrometheusRule", "flux-alerts").toString())
        .contains("gotk_reconcile_condition");
  }

  @Test
  void bootstrapSyncAppliesAClusterPathWithSopsDecryption() {
    RenderedChart chart =
        renderer.render(
            "flux-system",
            Map.of(
                "sync.enabled", "true",
                "sync.url", "https://git.example.com/fleet.git",
                "sync.branch", "master",
                "sync.path", "./clusters/production"));

    GenericKubernetesResource repository = chart.get("GitRepository", "flux-system");
    assertThat(repository.get("spec", "url").toString())
        .isEqualTo("https://git.example.com/fleet.git");
    assertThat(repository.get("spec", "ref", "branch").toString()).isEqualTo("master");
    GenericKubernetesResource sync = chart.get("Kustomization", "flux-system");
    assertThat(sync.get("spec", "path").toString()).isEqualTo("./clusters/production");
    assertThat(sync.get("spec", "decryption", "provider").toString()).isEqualTo("sops");
    assertThat(sync.get("spec", "decryption", "secretRef", "name").toString())
        .isEqualTo("sops-agekey");
  }

  @Test
  void valuesOutsideTheSchemaAreRejected() {
    assertThatThrownBy(() -> renderer.render("flux-system", Map.of("logLevel", "loud")))
        .hasMessageContaining("logLevel");
    assertThatThrownBy(() -> renderer.render("flux-system", Map.of("sync.enabled", "true")))
        .hasMessageContaining("sync.url is required");
  }

  private List<String> ports(Controller controller) {
    return defaults.container(controller).getPorts().stream()
        .map(port -> port.getName() + ":" + port.getContainerPort())
        .toList();
  }

  private List<String> args(Controller controller) {
    return defaults.container(controller).getArgs();
  }

  private List<String> names(String kind) {
    return defaults.ofKind(kind).stream().map(object -> object.getMetadata().getName()).toList();
  }

  private String servicePort(String name) {
    @SuppressWarnings("unchecked")
    Map<String, Object> port =
        ((List<Map<String, Object>>) defaults.get("Service", name).get("spec", "ports")).get(0);
    return port.get("port") + "->" + port.get("targetPort");
  }

  @SuppressWarnings("unchecked")
  private static List<String> subjects(GenericKubernetesResource binding) {
    return ((List<Map<String, Object>>) binding.getAdditionalProperties().get("subjects"))
        .stream().map(subject -> subject.get("name").toString()).toList();
  }

  private static String env(Container container, String name) {
    return container.getEnv().stream()
        .filter(env -> env.getName().equals(name))
        .map(EnvVar::getValue)
        .findFirst()
        .orElseThrow();
  }
}
