package io.fluxjava.source.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluxjava.source.storage.ArtifactStorage;
import io.fluxjava.source.storage.ArtifactUrls;
import io.fluxjava.source.storage.DigestAlgorithm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.web.reactive.server.WebTestClient;

class ArtifactFileHandlerTest {

  @TempDir Path parent;
  private Path root;
  private WebTestClient client;

  @BeforeEach
  void startServer() throws IOException {
    root = Files.createDirectories(parent.resolve("data"));
    ArtifactStorage storage =
        new ArtifactStorage(
            root, ArtifactUrls.of(":9090", "", "pod"), DigestAlgorithm.SHA256, Clock.systemUTC());
    client =
        WebTestClient.bindToRouterFunction(new ArtifactServerRoutes().artifactRoutes(storage))
            .configureClient()
            .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(1 << 20))
            .build();
  }

  @Test
  void rootAnswersOkForTheReadinessProbe() {
    client.get().uri("/").exchange().expectStatus().isOk();
  }

  @Test
  void servesArtifactFilesByTheirPath() throws IOException {
    Path file = root.resolve("gitrepository/flux-system/podinfo/abc.tar.gz");
    Files.createDirectories(file.getParent());
    byte[] content = new byte[300_000];
    content[299_999] = 42;
    Files.write(file, content);

    byte[] served =
        client
            .get()
            .uri("/gitrepository/flux-system/podinfo/abc.tar.gz")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody();

    assertThat(served).isEqualTo(content);
  }

  @Test
  void followsSymlinksThatStayInsideTheRoot() throws IOException {
    Path dir = Files.createDirectories(root.resolve("bucket/ns/b"));
    Files.writeString(dir.resolve("abc.tar.gz"), "tarball");
    Files.createSymbolicLink(dir.resolve("latest.tar.gz"), dir.resolve("abc.tar.gz"));

    client.get().uri("/bucket/ns/b/latest.tar.gz").exchange().expectStatus().isOk();
  }

  @Test
  void neverServesDirectoriesMissingFilesOrAnythingOutsideTheRoot() throws IOException {
    Files.writeString(parent.resolve("secret.txt"), "secret");
    Files.createDirectories(root.resolve("gitrepository/ns"));
    Files.createSymbolicLink(root.resolve("gitrepository/ns/escape"), parent.resolve("secret.txt"));

    for (String path :
        new String[] {
          "/gitrepository/ns",
          "/gitrepository/ns/",
          "/gitrepository/ns/missing.tar.gz",
          "/../secret.txt",
          "/%2e%2e/secret.txt",
          "/gitrepository/..%2f..%2fsecret.txt",
          "/gitrepository/ns/escape"
        }) {
      client.get().uri(path).exchange().expectStatus().isNotFound();
    }
  }
}
