package io.fluxjava.source.oci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fluxjava.api.meta.LocalObjectReference;
import io.fluxjava.api.source.OCILayerOperation;
import io.fluxjava.api.source.OCILayerSelector;
import io.fluxjava.api.source.OCIRepository;
import io.fluxjava.api.source.OCIRepositoryRef;
import io.fluxjava.api.source.OCIRepositorySpec;
import io.fluxjava.api.source.OCIRepositoryVerification;
import io.fluxjava.source.storage.RetentionPolicy;
import io.fluxjava.source.support.SourceFixture;
import io.fluxjava.testkit.oci.ContentTarball;
import io.fluxjava.testkit.oci.CosignSigner;
import io.fluxjava.testkit.oci.LocalRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OCIRepositoryReconcilerTest {

  private static final String REPO = "manifests/app";
  private static final byte[] V1 = ContentTarball.of(Map.of("deploy.yaml", "kind: A\n"));
  private static final byte[] V2 =
      ContentTarball.of(Map.of("deploy.yaml", "kind: B\n", "README.md", "x"));

  @TempDir java.nio.file.Path storageRoot;
  private SourceFixture fixture;
  private LocalRegistry registry;

  @BeforeAll
  static void requireRegistry() {
    assumeTrue(
        LocalRegistry.isInstalled(),
        "docker-registry not installed (apt-get install docker-registry)");
  }

  @BeforeEach
  void start() {
    fixture = new SourceFixture(storageRoot);
    fixture.register(
        new OciConfiguration()
            .ociRepositoryReconciler(fixture.client(), fixture.storage(), RetentionPolicy.DEFAULT));
    registry = LocalRegistry.start();
  }

  @AfterEach
  void stop() {
    registry.close();
    fixture.close();
  }

  @Test
  void pullsLatestByDefaultAndSkipsAnUnchangedDigest() throws IOException {
    String digest =
        push("latest", V1, Map.of("org.opencontainers.image.revision", "main@sha1:abc"));
    create("app", spec -> {});

    OCIRepository repo = fixture.reconcile(OCIRepository.class, "app");

    var artifact = repo.getStatus().getArtifact();
    assertThat(artifact.getRevision()).isEqualTo("latest@" + digest);
    assertThat(ready(repo).getMessage())
        .isEqualTo("stored artifact for digest 'latest@" + digest + "'");
    assertThat(artifact.getPath()).isEqualTo("ocirepository/flux-system/app/" + digest + ".tar.gz");
    assertThat(artifact.getMetadata())
        .containsEntry("org.opencontainers.image.revision", "main@sha1:abc");
    assertThat(entries(fixture.download(artifact))).contains("deploy.yaml");
    assertThat(repo.getStatus().getUrl()).endsWith("/ocirepository/flux-system/app/latest.tar.gz");

    OCIRepository again = fixture.reconcile(OCIRepository.class, "app");
    assertThat(again.getStatus().getArtifact()).isEqualTo(artifact);
    assertThat(fixture.events("app"))
        .filteredOn(e -> e.getReason().equals("NewArtifact"))
        .hasSize(1);

    String newDigest = push("latest", V2, Map.of());
    OCIRepository updated = fixture.reconcile(OCIRepository.class, "app");
    assertThat(updated.getStatus().getArtifact().getRevision()).isEqualTo("latest@" + newDigest);
  }

  @Test
  void semverPicksTheHighestMatchingTagAfterTheFilter() {
    push("v1.0.0", V1, Map.of());
    push("v1.2.0", V2, Map.of());
    String rc = push("v1.3.0-rc.1", V2, Map.of());
    String two = push("v2.0.0", V1, Map.of());
    create("stable", spec -> spec.setRef(ref(r -> r.setSemver(">=1.0.0 <2.0.0"))));
    create(
        "rc",
        spec ->
            spec.setRef(
                ref(
                    r -> {
                      r.setSemver(">=1.0.0-0");
                      r.setSemverFilter(".*-rc.*");
                    })));
    create("digest", spec -> spec.setRef(ref(r -> r.setDigest(two))));

    assertThat(
            fixture
                .reconcile(OCIRepository.class, "stable")
                .getStatus()
                .getArtifact()
                .getRevision())
        .startsWith("v1.2.0@sha256:");
    assertThat(fixture.reconcile(OCIRepository.class, "rc").getStatus().getArtifact().getRevision())
        .isEqualTo("v1.3.0-rc.1@" + rc);
    assertThat(
            fixture
                .reconcile(OCIRepository.class, "digest")
                .getStatus()
                .getArtifact()
                .getRevision())
        .isEqualTo(two);
  }

  @Test
  void copyOperationStoresTheLayerAsIs() {
    push("v1", V2, Map.of());
    OCILayerSelector selector = new OCILayerSelector();
    selector.setMediaType(ContentTarball.FLUX_CONTENT_LAYER);
    selector.setOperation(OCILayerOperation.COPY);
    create(
        "copy",
        spec -> {
          spec.setRef(ref(r -> r.setTag("v1")));
          spec.setLayerSelector(selector);
        });

    OCIRepository repo = fixture.reconcile(OCIRepository.class, "copy");

    assertThat(fixture.download(repo.getStatus().getArtifact())).isEqualTo(V2);
    assertThat(repo.getStatus().getObservedLayerSelector()).isEqualTo(selector);
  }

  @Test
  void aMissingTagFailsAndKeepsThePreviousArtifact() {
    push("v1", V1, Map.of());
    create("app", spec -> spec.setRef(ref(r -> r.setTag("v1"))));
    var stored = fixture.reconcile(OCIRepository.class, "app").getStatus().getArtifact();

    fixture
        .client()
        .resources(OCIRepository.class)
        .inNamespace(SourceFixture.NAMESPACE)
        .withName("app")
        .edit(
            r -> {
              r.getSpec().getRef().setTag("v9");
              return r;
            });
    OCIRepository repo = fixture.reconcile(OCIRepository.class, "app");

    assertThat(ready(repo).getStatus()).isEqualTo("False");
    assertThat(ready(repo).getReason()).isEqualTo("OCIArtifactPullFailed");
    assertThat(ready(repo).getMessage()).startsWith("failed to determine artifact digest:");
    assertThat(repo.getStatus().getArtifact()).isEqualTo(stored);
  }

  @Test
  void cosignPublicKeysVerifyTheArtifactBeforeItIsPulled() {
    String digest = push("latest", V1, Map.of());
    CosignSigner signer = CosignSigner.generate();
    signer.sign(registry, REPO, digest);
    fixture.secret("cosign", Map.of("cosign.pub", signer.publicKeyPem()));
    fixture.secret("other", Map.of("cosign.pub", CosignSigner.generate().publicKeyPem()));
    create("signed", spec -> spec.setVerify(verification("cosign")));
    create("forged", spec -> spec.setVerify(verification("other")));

    OCIRepository signed = fixture.reconcile(OCIRepository.class, "signed");
    OCIRepository forged = fixture.reconcile(OCIRepository.class, "forged");

    assertThat(condition(signed, "SourceVerified").getStatus()).isEqualTo("True");
    assertThat(condition(signed, "SourceVerified").getMessage())
        .isEqualTo("verified signature of revision latest@" + digest);
    assertThat(ready(signed).getStatus()).isEqualTo("True");
    assertThat(condition(forged, "SourceVerified").getStatus()).isEqualTo("False");
    assertThat(ready(forged).getMessage())
        .startsWith("failed to verify the signature using provider 'cosign'");
    assertThat(forged.getStatus().getArtifact()).isNull();
  }

  @Test
  void keylessVerificationIsReportedAsNotSupported() {
    push("latest", V1, Map.of());
    create("keyless", spec -> spec.setVerify(new OCIRepositoryVerification()));

    OCIRepository repo = fixture.reconcile(OCIRepository.class, "keyless");

    Condition verified = condition(repo, "SourceVerified");
    assertThat(verified.getStatus()).isEqualTo("False");
    assertThat(verified.getMessage()).contains("is not supported by this source-controller");
    assertThat(condition(repo, "Stalled").getStatus()).isEqualTo("True");
  }

  private static OCIRepositoryVerification verification(String secret) {
    OCIRepositoryVerification verify = new OCIRepositoryVerification();
    verify.setSecretRef(secretRef(secret));
    return verify;
  }

  @Test
  void dockerConfigJsonCredentialsReachAProtectedRegistry() {
    try (LocalRegistry secured = LocalRegistry.startWithBasicAuth("flux", "pull-secret")) {
      secured.pushArtifact(
          REPO,
          "latest",
          ContentTarball.FLUX_CONFIG,
          ContentTarball.FLUX_CONTENT_LAYER,
          V1,
          Map.of());
      String url = "oci://" + secured.host() + "/" + REPO;
      create("anonymous", spec -> spec.setUrl(url));
      assertThat(ready(fixture.reconcile(OCIRepository.class, "anonymous")).getStatus())
          .isEqualTo("False");

      String auth =
          Base64.getEncoder().encodeToString("flux:pull-secret".getBytes(StandardCharsets.UTF_8));
      fixture.secret(
          "pull",
          Map.of(
              ".dockerconfigjson",
              "{\"auths\":{\"" + secured.host() + "\":{\"auth\":\"" + auth + "\"}}}"));
      create(
          "authenticated",
          spec -> {
            spec.setUrl(url);
            spec.setSecretRef(secretRef("pull"));
          });

      OCIRepository repo = fixture.reconcile(OCIRepository.class, "authenticated");
      assertThat(ready(repo).getStatus()).as(ready(repo).getMessage()).isEqualTo("True");
      assertThat(ready(repo).getMessage()).doesNotContain("pull-secret");
    }
  }

  private String push(String tag, byte[] layer, Map<String, String> annotations) {
    return registry.pushArtifact(
        REPO,
        tag,
        ContentTarball.FLUX_CONFIG,
        ContentTarball.FLUX_CONTENT_LAYER,
        layer,
        annotations);
  }

  private void create(String name, Consumer<OCIRepositorySpec> customize) {
    OCIRepository repo = new OCIRepository();
    repo.setMetadata(new ObjectMetaBuilder().withName(name).build());
    OCIRepositorySpec spec = new OCIRepositorySpec();
    spec.setUrl("oci://" + registry.host() + "/" + REPO);
    spec.setInterval("1m");
    spec.setInsecure(true);
    customize.accept(spec);
    repo.setSpec(spec);
    fixture.create(repo);
  }

  private static OCIRepositoryRef ref(Consumer<OCIRepositoryRef> customize) {
    OCIRepositoryRef ref = new OCIRepositoryRef();
    customize.accept(ref);
    return ref;
  }

  private static LocalObjectReference secretRef(String name) {
    LocalObjectReference ref = new LocalObjectReference();
    ref.setName(name);
    return ref;
  }

  private static List<String> entries(byte[] tgz) throws IOException {
    List<String> names = new ArrayList<>();
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(new GZIPInputStream(new ByteArrayInputStream(tgz)))) {
      for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        names.add(e.getName());
      }
    }
    return names;
  }

  private static Condition ready(OCIRepository repo) {
    return condition(repo, "Ready");
  }

  private static Condition condition(OCIRepository repo, String type) {
    return repo.getStatus().getConditions().stream()
        .filter(c -> c.getType().equals(type))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no " + type + " in " + repo.getStatus().getConditions()));
  }
}
