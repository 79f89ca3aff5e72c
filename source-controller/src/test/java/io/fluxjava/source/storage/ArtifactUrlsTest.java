package io.fluxjava.source.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArtifactUrlsTest {

  private static final String PATH = "gitrepository/flux-system/podinfo/abc.tar.gz";

  @Test
  void advertisedHostWithoutSchemeGetsHttp() {
    assertThat(
            ArtifactUrls.of(":9090", "source-controller.flux-system.svc.cluster.local.", "pod")
                .urlFor(PATH))
        .isEqualTo("http://source-controller.flux-system.svc.cluster.local./" + PATH);
  }

  @Test
  void advertisedAddressWithSchemeIsUsedAsPrefix() {
    assertThat(ArtifactUrls.of(":9090", "https://artifacts.example.com:8443/", "pod").urlFor(PATH))
        .isEqualTo("https://artifacts.example.com:8443/" + PATH);
  }

  @Test
  void missingAdvertisedAddressIsDerivedFromBindAddress() {
    assertThat(ArtifactUrls.of(":9090", "", "pod").urlFor(PATH))
        .isEqualTo("http://localhost:9090/" + PATH);
    assertThat(ArtifactUrls.of("0.0.0.0:9090", null, "pod-1").urlFor(PATH))
        .isEqualTo("http://pod-1:9090/" + PATH);
    assertThat(ArtifactUrls.of("127.0.0.1:9090", " ", "pod").urlFor(PATH))
        .isEqualTo("http://127.0.0.1:9090/" + PATH);
  }
}
