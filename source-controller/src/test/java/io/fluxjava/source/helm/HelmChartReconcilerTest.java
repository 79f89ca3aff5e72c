package io.fluxjava.source.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fluxjava.api.source.GitRepository;
import io.fluxjava.api.source.GitRepositorySpec;
import io.fluxjava.api.source.GitRepositoryStatus;
import io.fluxjava.api.source.HelmChart;
import io.fluxjava.api.source.HelmChartSourceKind;
import io.fluxjava.api.source.HelmChartSpec;
import io.fluxjava.api.source.HelmRepository;
import io.fluxjava.api.source.HelmRepositorySpec;
import io.fluxjava.api.source.HelmRepositoryType;
import io.fluxjava.api.source.LocalHelmChartSourceReference;
import io.fluxjava.api.source.ReconcileStrategy;
import io.fluxjava.source.storage.ArtifactLocation;
import io.fluxjava.source.storage.RetentionPolicy;
import io.fluxjava.source.storage.SourceIgnore;
import io.fluxjava.source.support.SourceFixture;
import io.fluxjava.source.support.StoredArtifacts;
import io.fluxjava.testkit.helm.ChartArchive;
import io.fluxjava.testkit.helm.HelmRepositoryServer;
import io.fluxjava.testkit.oci.LocalRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelmChartReconcilerTest {

  @TempDir Path storageRoot;
  @TempDir Path work;
  private SourceFixture fixture;
  private HelmIndexCache cache;
  private HelmRepositoryServer server;

  @BeforeEach
  void start() {
    fixture = new SourceFixture(storageRoot);
    cache = new HelmIndexCache(10);
    HelmConfiguration config = new HelmConfiguration();
    fixture.register(
        config.helmRepositoryReconciler(
            fixture.client(), fixture.storage(), RetentionPolicy.DEFAULT, 50L << 20));
    fixture.register(
        config.helmChartReconciler(
            fixture.client(),
            fixture.storage(),
            RetentionPolicy.DEFAULT,
            cache,
            50L << 20,
            10L << 20));
    server = HelmRepositoryServer.http();
  }

  @AfterEach
  void stop() {
    server.close();
    fixture.close();
  }

  @Test
  void resolvesVersionsAmongHundredsAndStoresThePulledChart() {
    for (int minor = 0; minor < 30; minor++) {
      for (int patch = 0; patch < 10; patch++) {
        server.add(ChartArchive.of("app", "1." + minor + "." + patch));
      }
    }
    server.add(ChartArchive.of("app", "2.0.0-rc.1"));
    helmRepository("repo", server.url());

    assertThat(chartVersion("latest", "*")).isEqualTo("1.29.9");
    assertThat(chartVersion("tilde", "~1.12.0")).isEqualTo("1.12.9");
    assertThat(chartVersion("range", ">=1.5.0 <1.7.0")).isEqualTo("1.6.9");
    assertThat(chartVersion("exact", "1.3.4")).isEqualTo("1.3.4");

    HelmChart chart = fixture.get(HelmChart.class, "exact");
    assertThat(ready(chart).getReason()).isEqualTo("ChartPullSucceeded");
    assertThat(ready(chart).getMessage()).isEqualTo("pulled 'app' chart with version '1.3.4'");
    assertThat(chart.getStatus().getArtifact().getPath())
        .isEqualTo("helmchart/flux-system/exact/app-1.3.4.tgz");
    assertThat(fixture.download(chart.getStatus().getArtifact()))
        .isEqualTo(ChartArchive.of("app", "1.3.4").bytes());
    assertThat(chart.getStatus().getUrl()).endsWith("/helmchart/flux-system/exact/latest.tar.gz");
  }

  @Test
  void chartsOfOneRepositoryShareOneParsedIndex() {
    server.add(ChartArchive.of("app", "1.0.0")).add(ChartArchive.of("web", "2.0.0"));
    helmRepository("repo", server.url());

    chartVersion("one", "*");
    helmChart("two", "web", spec -> {});
    fixture.reconcile(HelmChart.class, "two");

    assertThat(cache.size()).isEqualTo(1);
    assertThat(server.indexRequests()).isEqualTo(1);
  }

  @Test
  void anUnchangedVersionIsNotDownloadedAgainAndANewOneIs() {
    server.add(ChartArchive.of("app", "1.0.0"));
    helmRepository("repo", server.url());
    assertThat(chartVersion("app", "1.x")).isEqualTo("1.0.0");
    fixture.reconcile(HelmChart.class, "app");
    assertThat(server.chartRequests()).isEqualTo(1);

    server.add(ChartArchive.of("app", "1.1.0"));
    fixture.reconcile(HelmRepository.class, "repo");
    HelmChart chart = fixture.reconcile(HelmChart.class, "app");

    assertThat(chart.getStatus().getArtifact().getRevision()).isEqualTo("1.1.0");
    assertThat(server.chartRequests()).isEqualTo(2);
    assertThat(fixture.events("app"))
        .filteredOn(e -> e.getReason().equals("ChartPullSucceeded"))
        .hasSize(2);
  }

  @Test
  void aMissingChartOrBadRangeFailsAndKeepsThePreviousArtifact() {
    server.add(ChartArchive.of("app", "1.0.0"));
    helmRepository("repo", server.url());
    helmChart("app", "app", spec -> {});
    var stored = fixture.reconcile(HelmChart.class, "app").getStatus().getArtifact();

    editChart("app", spec -> spec.setChart("nope"));
    HelmChart missing = fixture.reconcile(HelmChart.class, "app");
    assertThat(ready(missing).getStatus()).isEqualTo("False");
    assertThat(ready(missing).getReason()).isEqualTo("InvalidChartReference");
    assertThat(condition(missing, "FetchFailed").getMessage())
        .isEqualTo(
            "invalid chart reference: failed to get chart version for remote reference: no chart name found");
    assertThat(missing.getStatus().getArtifact()).isEqualTo(stored);

    editChart(
        "app",
        spec -> {
          spec.setChart("app");
          spec.setVersion("not a >> range");
        });
    HelmChart badRange = fixture.reconcile(HelmChart.class, "app");
    assertThat(ready(badRange).getMessage()).contains("improper constraint: not a >> range");

    editChart("app", spec -> spec.setVersion("5.x"));
    HelmChart noMatch = fixture.reconcile(HelmChart.class, "app");
    assertThat(ready(noMatch).getMessage())
        .endsWith("no 'app' chart with version matching '5.x' found");
    assertThat(noMatch.getStatus().getArtifact()).isEqualTo(stored);
    fixture.download(stored);
  }

  @Test
  void buildsAChartFromAGitRepositoryWithALocalDependencyAndValuesFiles() throws IOException {
    Path source = work.resolve("repo");
    write(
        source.resolve("charts/app/Chart.yaml"),
        "apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n"
            + "- name: lib\n  version: 0.1.0\n  repository: file://../lib\n");
    write(
        source.resolve("charts/app/values.yaml"), "replicas: 1\nimage:\n  tag: v1\n  repo: app\n");
    write(source.resolve("charts/app/templates/cm.yaml"), "kind: ConfigMap\n");
    write(
        source.resolve("charts/lib/Chart.yaml"),
        "apiVersion: v2\nname: lib\nversion: 0.1.0\ntype: library\n");
    write(source.resolve("envs/prod.yaml"), "replicas: 3\nimage:\n  tag: v2\n");
    String revision = gitRepository("git", source);
    helmChart(
        "from-git",
        "./charts/app",
        spec -> {
          spec.getSourceRef().setKind(HelmChartSourceKind.GIT_REPOSITORY);
          spec.getSourceRef().setName("git");
          spec.setReconcileStrategy(ReconcileStrategy.REVISION);
          spec.setValuesFiles(
              List.of("charts/app/values.yaml", "envs/prod.yaml", "envs/missing.yaml"));
          spec.setIgnoreMissingValuesFiles(true);
        });

    HelmChart chart = fixture.reconcile(HelmChart.class, "from-git");

    String version =
        "1.0.0+" + revision.substring(revision.indexOf(':') + 1, revision.indexOf(':') + 13) + ".1";
    assertThat(ready(chart).getReason()).isEqualTo("ChartPackageSucceeded");
    assertThat(ready(chart).getMessage())
        .startsWith("packaged 'app' chart with version '" + version + "'");
    assertThat(chart.getStatus().getArtifact().getRevision()).isEqualTo(version);
    assertThat(chart.getStatus().getObservedValuesFiles())
        .containsExactly("charts/app/values.yaml", "envs/prod.yaml");
    Map<String, String> files = untar(fixture.download(chart.getStatus().getArtifact()));
    assertThat(files)
        .containsKeys("app/Chart.yaml", "app/templates/cm.yaml", "app/charts/lib-0.1.0.tgz");
    assertThat(files.get("app/Chart.yaml")).contains("version: " + version);
    assertThat(HelmYaml.MAPPER.readTree(files.get("app/values.yaml")))
        .isEqualTo(HelmYaml.MAPPER.readTree("replicas: 3\nimage:\n  tag: v2\n  repo: app\n"));

    HelmChart again = fixture.reconcile(HelmChart.class, "from-git");
    assertThat(again.getStatus().getArtifact()).isEqualTo(chart.getStatus().getArtifact());
  }

  @Test
  void repositoryDependenciesArePulledThroughTheMatchingHelmRepository() throws IOException {
    server.add(ChartArchive.of("redis", "17.1.0")).add(ChartArchive.of("redis", "17.2.0"));
    helmRepository("repo", server.url());
    Path source = work.resolve("repo");
    write(
        source.resolve("app/Chart.yaml"),
        "apiVersion: v2\nname: app\nversion: 0.3.0\ndependencies:\n"
            + "- name: redis\n  version: ~17.1.0\n  repository: "
            + server.url()
            + "\n");
    gitRepository("git", source);
    helmChart(
        "with-deps",
        "app",
        spec -> {
          spec.getSourceRef().setKind(HelmChartSourceKind.GIT_REPOSITORY);
          spec.getSourceRef().setName("git");
        });

    HelmChart chart = fixture.reconcile(HelmChart.class, "with-deps");

    assertThat(ready(chart).getMessage()).isEqualTo("packaged 'app' chart with version '0.3.0'");
    assertThat(untar(fixture.download(chart.getStatus().getArtifact())))
        .containsKey("app/charts/redis-17.1.0.tgz");
  }

  @Test
  void aMissingValuesFileFailsTheBuildUnlessIgnored() throws IOException {
    Path source = work.resolve("repo");
    write(source.resolve("chart/Chart.yaml"), "apiVersion: v2\nname: app\nversion: 1.0.0\n");
    gitRepository("git", source);
    helmChart(
        "strict",
        "chart",
        spec -> {
          spec.getSourceRef().setKind(HelmChartSourceKind.GIT_REPOSITORY);
          spec.getSourceRef().setName("git");
          spec.setValuesFiles(List.of("chart/values-prod.yaml"));
        });

    HelmChart chart = fixture.reconcile(HelmChart.class, "strict");

    assertThat(ready(chart).getReason()).isEqualTo("ValuesFilesError");
    assertThat(condition(chart, "BuildFailed").getMessage())
        .isEqualTo(
            "values files merge error: no values file found at path 'chart/values-prod.yaml'");
  }

  @Test
  void pullsAChartFromAnOciHelmRepository() {
    assumeTrue(
        LocalRegistry.isInstalled(),
        "docker-registry not installed (apt-get install docker-registry)");
    try (LocalRegistry registry = LocalRegistry.start()) {
      for (String version : List.of("1.0.0", "1.2.0", "2.0.0")) {
        registry.pushArtifact(
            "charts/app",
            version,
            "application/vnd.cncf.helm.config.v1+json",
            OciCharts.CHART_LAYER,
            ChartArchive.of("app", version).bytes(),
            Map.of());
      }
      HelmRepository repo = new HelmRepository();
      repo.setMetadata(new ObjectMetaBuilder().withName("oci").build());
      HelmRepositorySpec spec = new HelmRepositorySpec();
      spec.setUrl("oci://" + registry.host() + "/charts");
      spec.setType(HelmRepositoryType.OCI);
      spec.setInsecure(true);
      repo.setSpec(spec);
      fixture.create(repo);
      helmChart(
          "oci-app",
          "app",
          s -> {
            s.getSourceRef().setName("oci");
            s.setVersion("1.x");
          });

      HelmChart chart = fixture.reconcile(HelmChart.class, "oci-app");

      assertThat(ready(chart).getMessage()).isEqualTo("pulled 'app' chart with version '1.2.0'");
      assertThat(fixture.download(chart.getStatus().getArtifact()))
          .isEqualTo(ChartArchive.of("app", "1.2.0").bytes());
    }
  }

  private String chartVersion(String name, String version) {
    helmChart(name, "app", spec -> spec.setVersion(version));
    HelmChart chart = fixture.reconcile(HelmChart.class, name);
    assertThat(ready(chart).getStatus()).as(ready(chart).getMessage()).isEqualTo("True");
    return chart.getStatus().getArtifact().getRevision();
  }

  private void helmRepository(String name, String url) {
    HelmRepository repo = new HelmRepository();
    repo.setMetadata(new ObjectMetaBuilder().withName(name).build());
    HelmRepositorySpec spec = new HelmRepositorySpec();
    spec.setUrl(url);
    spec.setInterval("1m");
    repo.setSpec(spec);
    fixture.create(repo);
    assertThat(fixture.reconcile(HelmRepository.class, name).getStatus().getArtifact()).isNotNull();
  }

  private void helmChart(String name, String chartName, Consumer<HelmChartSpec> customize) {
    HelmChart chart = new HelmChart();
    chart.setMetadata(new ObjectMetaBuilder().withName(name).build());
    HelmChartSpec spec = new HelmChartSpec();
    spec.setChart(chartName);
    spec.setInterval("1m");
    LocalHelmChartSourceReference ref = new LocalHelmChartSourceReference();
    ref.setKind(HelmChartSourceKind.HELM_REPOSITORY);
    ref.setName("repo");
    spec.setSourceRef(ref);
    customize.accept(spec);
    chart.setSpec(spec);
    fixture.create(chart);
  }

  private void editChart(String name, Consumer<HelmChartSpec> change) {
    fixture
        .client()
        .resources(HelmChart.class)
        .inNamespace(SourceFixture.NAMESPACE)
        .withName(name)
        .edit(
            c -> {
              change.accept(c.getSpec());
              return c;
            });
  }

  /** A GitRepository whose artifact is {@code dir}, archived into storage; returns its revision. */
  private String gitRepository(String name, Path dir) throws IOException {
    GitRepository repo = new GitRepository();
    repo.setMetadata(new ObjectMetaBuilder().withName(name).build());
    GitRepositorySpec spec = new GitRepositorySpec();
    spec.setUrl("https://example.invalid/repo.git");
    spec.setInterval("1m");
    repo.setSpec(spec);
    GitRepository created = fixture.create(repo);
    String revision = "main@sha1:0123456789abcdef0123456789abcdef01234567";
    var stored =
        fixture
            .storage()
            .archive(
                new ArtifactLocation("GitRepository", SourceFixture.NAMESPACE, name, "0123.tar.gz"),
                dir,
                SourceIgnore.load(dir, null),
                revision);
    GitRepositoryStatus status = new GitRepositoryStatus();
    status.setArtifact(StoredArtifacts.toStatus(stored));
    created.setStatus(status);
    fixture.client().resource(created).updateStatus();
    return revision;
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private static Map<String, String> untar(byte[] tgz) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(new GZIPInputStream(new ByteArrayInputStream(tgz)))) {
      for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        files.put(e.getName(), new String(tar.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static Condition ready(HelmChart chart) {
    return condition(chart, "Ready");
  }

  private static Condition condition(HelmChart chart, String type) {
    return chart.getStatus().getConditions().stream()
        .filter(c -> c.getType().equals(type))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no " + type + " condition in " + chart.getStatus().getConditions()));
  }
}
