package io.fluxjava.source.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fluxjava.api.meta.LocalObjectReference;
import io.fluxjava.api.source.HelmRepository;
import io.fluxjava.api.source.HelmRepositorySpec;
import io.fluxjava.api.source.HelmRepositoryType;
import io.fluxjava.source.storage.RetentionPolicy;
import io.fluxjava.source.support.SourceFixture;
import io.fluxjava.testkit.helm.ChartArchive;
import io.fluxjava.testkit.helm.HelmIndexYaml;
import io.fluxjava.testkit.helm.HelmRepositoryServer;
import io.fluxjava.testkit.helm.TestCertificates;
import io.fluxjava.testkit.oci.LocalRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelmRepositoryReconcilerTest {

  private static final long INDEX_LIMIT = 64 * 1024;

  @TempDir Path storageRoot;
  private SourceFixture fixture;

  @BeforeEach
  void start() {
    fixture = new SourceFixture(storageRoot);
    fixture.register(
        new HelmConfiguration()
            .helmRepositoryReconciler(
                fixture.client(), fixture.storage(), RetentionPolicy.DEFAULT, INDEX_LIMIT));
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void storesTheNormalisedIndexWithItsDigestAsRevision() {
    try (HelmRepositoryServer server = HelmRepositoryServer.http()) {
      server.add(ChartArchive.of("podinfo", "6.0.0")).add(ChartArchive.of("podinfo", "6.1.0"));
      create("podinfo", server.url(), spec -> {});

      HelmRepository repo = fixture.reconcile(HelmRepository.class, "podinfo");

      var artifact = repo.getStatus().getArtifact();
      assertThat(ready(repo).getStatus()).isEqualTo("True");
      assertThat(ready(repo).getMessage())
          .isEqualTo("stored artifact: revision '" + artifact.getRevision() + "'");
      assertThat(artifact.getRevision()).isEqualTo(artifact.getDigest()).startsWith("sha256:");
      assertThat(artifact.getPath())
          .isEqualTo(
              "helmrepository/flux-system/podinfo/index-"
                  + artifact.getRevision().substring(7)
                  + ".yaml");
      String index = new String(fixture.download(artifact), StandardCharsets.UTF_8);
      assertThat(index.indexOf("version: 6.1.0")).isLessThan(index.indexOf("version: 6.0.0"));
      assertThat(repo.getStatus().getUrl())
          .endsWith("/helmrepository/flux-system/podinfo/index.yaml");
      assertThat(fixture.events("podinfo"))
          .anySatisfy(e -> assertThat(e.getMessage()).startsWith("stored fetched index of size"));
    }
  }

  @Test
  void sameIndexKeepsTheRevisionAndNewChartsChangeIt() {
    try (HelmRepositoryServer server = HelmRepositoryServer.http()) {
      server.add(ChartArchive.of("app", "1.0.0"));
      create("repo", server.url(), spec -> {});
      String first =
          fixture.reconcile(HelmRepository.class, "repo").getStatus().getArtifact().getRevision();
      assertThat(
              fixture
                  .reconcile(HelmRepository.class, "repo")
                  .getStatus()
                  .getArtifact()
                  .getRevision())
          .isEqualTo(first);

      server.add(ChartArchive.of("app", "1.1.0"));
      HelmRepository repo = fixture.reconcile(HelmRepository.class, "repo");

      assertThat(repo.getStatus().getArtifact().getRevision()).isNotEqualTo(first);
    }
  }

  @Test
  void basicAuthComesFromSecretRef() {
    try (HelmRepositoryServer server = HelmRepositoryServer.httpWithBasicAuth("flux", "s3cret")) {
      server.add(ChartArchive.of("app", "1.0.0"));
      create("private", server.url(), spec -> {});

      HelmRepository denied = fixture.reconcile(HelmRepository.class, "private");
      assertThat(ready(denied).getStatus()).isEqualTo("False");
      assertThat(condition(denied, "FetchFailed").getMessage())
          .startsWith("failed to fetch Helm repository index:")
          .contains("401");

      fixture.secret("creds", Map.of("username", "flux", "password", "s3cret"));
      fixture
          .client()
          .resources(HelmRepository.class)
          .inNamespace(SourceFixture.NAMESPACE)
          .withName("private")
          .edit(
              r -> {
                r.getSpec().setSecretRef(ref("creds"));
                return r;
              });
      HelmRepository allowed = fixture.reconcile(HelmRepository.class, "private");

      assertThat(ready(allowed).getStatus()).isEqualTo("True");
      assertThat(allowed.getStatus().getConditions())
          .noneMatch(c -> c.getType().equals("FetchFailed"));
      assertThat(ready(allowed).getMessage()).doesNotContain("s3cret");
    }
  }

  @Test
  void httpsIsTrustedThroughCertSecretRef() {
    TestCertificates certificates = TestCertificates.generate();
    try (HelmRepositoryServer server = HelmRepositoryServer.https(certificates)) {
      server.add(ChartArchive.of("app", "1.0.0"));
      create("untrusted", server.url(), spec -> {});
      assertThat(ready(fixture.reconcile(HelmRepository.class, "untrusted")).getStatus())
          .isEqualTo("False");

      fixture.secret("ca", Map.of("ca.crt", certificates.caPem()));
      create("trusted", server.url(), spec -> spec.setCertSecretRef(ref("ca")));

      assertThat(ready(fixture.reconcile(HelmRepository.class, "trusted")).getStatus())
          .isEqualTo("True");
    }
  }

  @Test
  void anIndexAboveTheSizeLimitIsRefusedAndThePreviousArtifactKept() {
    try (HelmRepositoryServer server = HelmRepositoryServer.http()) {
      server.add(ChartArchive.of("app", "1.0.0"));
      create("growing", server.url(), spec -> {});
      var stored = fixture.reconcile(HelmRepository.class, "growing").getStatus().getArtifact();

      server.serveIndex(HelmIndexYaml.synthetic(20, 100));
      HelmRepository repo = fixture.reconcile(HelmRepository.class, "growing");

      assertThat(ready(repo).getStatus()).isEqualTo("False");
      assertThat(ready(repo).getMessage())
          .isEqualTo(
              "failed to fetch Helm repository index: index exceeds the maximum index file size of "
                  + INDEX_LIMIT
                  + " bytes");
      assertThat(repo.getStatus().getArtifact()).isEqualTo(stored);
      fixture.download(repo.getStatus().getArtifact());
    }
  }

  @Test
  void ociTypeStoresNothingAndIsReadyWhenTheRegistryAnswers() {
    assumeTrue(
        LocalRegistry.isInstalled(),
        "docker-registry not installed (apt-get install docker-registry)");
    try (LocalRegistry registry = LocalRegistry.start()) {
      create(
          "oci",
          "oci://" + registry.host() + "/charts",
          spec -> {
            spec.setType(HelmRepositoryType.OCI);
            spec.setInsecure(true);
          });

      HelmRepository repo = fixture.reconcile(HelmRepository.class, "oci");

      assertThat(ready(repo).getStatus()).isEqualTo("True");
      assertThat(ready(repo).getMessage()).isEqualTo("Helm repository is Ready");
      assertThat(repo.getStatus().getArtifact()).isNull();
    }
    HelmRepository unreachable = fixture.reconcile(HelmRepository.class, "oci");
    assertThat(ready(unreachable).getStatus()).isEqualTo("False");
  }

  private void create(String name, String url, Consumer<HelmRepositorySpec> customize) {
    HelmRepository repo = new HelmRepository();
    repo.setMetadata(new ObjectMetaBuilder().withName(name).build());
    HelmRepositorySpec spec = new HelmRepositorySpec();
    spec.setUrl(url);
    spec.setInterval("1m");
    customize.accept(spec);
    repo.setSpec(spec);
    fixture.create(repo);
  }

  static LocalObjectReference ref(String name) {
    LocalObjectReference ref = new LocalObjectReference();
    ref.setName(name);
    return ref;
  }

  static Condition ready(HelmRepository repo) {
    return condition(repo, "Ready");
  }

  static Condition condition(HelmRepository repo, String type) {
    return repo.getStatus().getConditions().stream()
        .filter(c -> c.getType().equals(type))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " condition"));
  }
}
