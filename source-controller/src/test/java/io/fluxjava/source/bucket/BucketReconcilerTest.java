package io.fluxjava.source.bucket;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fluxjava.api.meta.LocalObjectReference;
import io.fluxjava.api.source.Bucket;
import io.fluxjava.api.source.BucketProvider;
import io.fluxjava.api.source.BucketSpec;
import io.fluxjava.source.storage.RetentionPolicy;
import io.fluxjava.source.support.SourceFixture;
import io.fluxjava.testkit.s3.S3TestServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BucketReconcilerTest {

  private static final String BUCKET = "manifests";

  @TempDir Path storageRoot;
  private SourceFixture fixture;
  private S3TestServer s3;

  @BeforeEach
  void start() {
    fixture = new SourceFixture(storageRoot);
    fixture.register(
        new BucketConfiguration()
            .bucketReconciler(fixture.client(), fixture.storage(), RetentionPolicy.DEFAULT));
    fixture.secret(
        "s3-creds",
        Map.of("accesskey", S3TestServer.ACCESS_KEY, "secretkey", S3TestServer.SECRET_KEY));
    s3 = S3TestServer.start();
    s3.createBucket(BUCKET);
  }

  @AfterEach
  void stop() {
    s3.close();
    fixture.close();
  }

  @Test
  void archivesTheObjectsWithTheIndexDigestAsRevision() throws Exception {
    s3.put(BUCKET, "apps/deploy.yaml", "kind: Deployment\n");
    s3.put(BUCKET, "apps/service.yaml", "kind: Service\n");
    s3.put(BUCKET, "logo.png", "png");
    create("bucket", spec -> {});

    Bucket bucket = fixture.reconcile(Bucket.class, "bucket");

    var artifact = bucket.getStatus().getArtifact();
    assertThat(ready(bucket).getStatus()).as(ready(bucket).getMessage()).isEqualTo("True");
    assertThat(ready(bucket).getMessage())
        .isEqualTo("stored artifact: revision '" + artifact.getRevision() + "'");
    Map<String, String> files = untar(fixture.download(artifact));
    assertThat(files)
        .containsEntry("apps/deploy.yaml", "kind: Deployment\n")
        .containsKey("apps/service.yaml")
        .doesNotContainKey("logo.png");
    assertThat(artifact.getRevision()).isEqualTo(expectedRevision(files));
    assertThat(artifact.getPath())
        .isEqualTo("bucket/flux-system/bucket/" + artifact.getRevision().substring(7) + ".tar.gz");
    assertThat(bucket.getStatus().getUrl()).endsWith("/bucket/flux-system/bucket/latest.tar.gz");
  }

  @Test
  void prefixAndIgnoreSelectTheObjects() throws IOException {
    s3.put(BUCKET, "prod/app.yaml", "prod");
    s3.put(BUCKET, "prod/notes.txt", "notes");
    s3.put(BUCKET, "staging/app.yaml", "staging");
    create(
        "prod",
        spec -> {
          spec.setPrefix("prod/");
          spec.setIgnore("*.txt");
        });

    Bucket bucket = fixture.reconcile(Bucket.class, "prod");

    assertThat(untar(fixture.download(bucket.getStatus().getArtifact())).keySet())
        .containsExactly("prod/app.yaml");
    assertThat(bucket.getStatus().getObservedIgnore()).isEqualTo("*.txt");
  }

  @Test
  void aChangedObjectGivesANewRevisionAndAnUnchangedBucketKeepsIt() {
    s3.put(BUCKET, "app.yaml", "v1");
    create("bucket", spec -> {});
    String first =
        fixture.reconcile(Bucket.class, "bucket").getStatus().getArtifact().getRevision();
    assertThat(fixture.reconcile(Bucket.class, "bucket").getStatus().getArtifact().getRevision())
        .isEqualTo(first);

    s3.put(BUCKET, "app.yaml", "v2");
    Bucket bucket = fixture.reconcile(Bucket.class, "bucket");

    assertThat(bucket.getStatus().getArtifact().getRevision()).isNotEqualTo(first);
    assertThat(fixture.events("bucket"))
        .filteredOn(e -> e.getReason().equals("NewArtifact"))
        .hasSize(2);
  }

  @Test
  void wrongCredentialsOrAMissingBucketFailAndKeepThePreviousArtifact() {
    s3.put(BUCKET, "app.yaml", "v1");
    create("bucket", spec -> {});
    var stored = fixture.reconcile(Bucket.class, "bucket").getStatus().getArtifact();

    fixture
        .client()
        .resources(Bucket.class)
        .inNamespace(SourceFixture.NAMESPACE)
        .withName("bucket")
        .edit(
            b -> {
              b.getSpec().setBucketName("absent");
              return b;
            });
    Bucket missing = fixture.reconcile(Bucket.class, "bucket");
    assertThat(ready(missing).getReason()).isEqualTo("BucketOperationFailed");
    assertThat(ready(missing).getMessage()).isEqualTo("bucket 'absent' not found");
    assertThat(missing.getStatus().getArtifact()).isEqualTo(stored);

    fixture.secret("wrong", Map.of("accesskey", S3TestServer.ACCESS_KEY, "secretkey", "nope"));
    create("denied", spec -> spec.setSecretRef(ref("wrong")));
    Bucket denied = fixture.reconcile(Bucket.class, "denied");
    assertThat(ready(denied).getStatus()).isEqualTo("False");
    assertThat(ready(denied).getMessage()).doesNotContain("nope");
  }

  @Test
  void azureIsReportedAsNotSupported() {
    create("azure", spec -> spec.setProvider(BucketProvider.AZURE));

    Bucket bucket = fixture.reconcile(Bucket.class, "azure");

    assertThat(ready(bucket).getReason()).isEqualTo("InvalidProviderConfiguration");
    assertThat(ready(bucket).getMessage()).contains("is not supported by this source-controller");
  }

  private void create(String name, Consumer<BucketSpec> customize) {
    Bucket bucket = new Bucket();
    bucket.setMetadata(new ObjectMetaBuilder().withName(name).build());
    BucketSpec spec = new BucketSpec();
    spec.setBucketName(BUCKET);
    spec.setEndpoint(s3.endpoint());
    spec.setInsecure(true);
    spec.setInterval("1m");
    spec.setSecretRef(ref("s3-creds"));
    customize.accept(spec);
    bucket.setSpec(spec);
    fixture.create(bucket);
  }

  /**
   * Upstream's revision: sha256 over "key etag" lines; s3proxy's etag is the MD5 of the content.
   */
  private static String expectedRevision(Map<String, String> files) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (Map.Entry<String, String> file : new java.util.TreeMap<>(files).entrySet()) {
      String md5 =
          HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("MD5")
                      .digest(file.getValue().getBytes(StandardCharsets.UTF_8)));
      sha.update((file.getKey() + " \"" + md5 + "\"\n").getBytes(StandardCharsets.UTF_8));
    }
    return "sha256:" + HexFormat.of().formatHex(sha.digest());
  }

  private static LocalObjectReference ref(String name) {
    LocalObjectReference ref = new LocalObjectReference();
    ref.setName(name);
    return ref;
  }

  private static Map<String, String> untar(byte[] tgz) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(new GZIPInputStream(new ByteArrayInputStream(tgz)))) {
      for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        if (!e.isDirectory()) {
          files.put(e.getName(), new String(tar.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return files;
  }

  private static Condition ready(Bucket bucket) {
    return bucket.getStatus().getConditions().stream()
        .filter(c -> c.getType().equals("Ready"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Ready in " + bucket.getStatus().getConditions()));
  }
}
