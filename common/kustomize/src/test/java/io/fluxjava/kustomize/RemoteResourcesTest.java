package io.fluxjava.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remote resources (a Git repository by URL, a file over HTTP) built like kubectl builds them. */
class RemoteResourcesTest {

  private static final String CONFIG_MAP =
      "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: remote\ndata:\n  from: remote\n";

  @TempDir Path tmp;

  private final KustomizeBuilder builder = new KustomizeBuilder(KustomizeOptions.defaults());

  @BeforeEach
  void needsKubectl() {
    assumeTrue(Kubectl.available(), Kubectl.SKIP_MESSAGE);
  }

  @Test
  void gitRepositorySubdirectoryAtRefMatchesKubectl() throws Exception {
    Path repo = Files.createDirectories(tmp.resolve("repo/base"));
    Files.writeString(repo.resolve("kustomization.yaml"), "resources:\n- cm.yaml\n");
    Files.writeString(repo.resolve("cm.yaml"), CONFIG_MAP);
    Path root = tmp.resolve("repo");
    git(root, "init", "-q", "-b", "main", ".");
    git(root, "add", ".");
    git(root, "-c", "user.email=test@example.com", "-c", "user.name=test", "commit", "-qm", "base");
    Path overlay = Files.createDirectories(tmp.resolve("overlay"));
    Files.writeString(
        overlay.resolve("kustomization.yaml"),
        "namePrefix: git-\nresources:\n- file://" + root + "//base?ref=main\n");

    Kubectl.Result reference = Kubectl.kustomize(overlay);

    assertThat(reference.exitCode()).as(reference.stderr()).isZero();
    assertThat(builder.buildYaml(overlay)).isEqualTo(reference.stdout()).contains("git-remote");
  }

  @Test
  void fileOverHttpMatchesKubectl() throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/cm.yaml",
        exchange -> {
          byte[] body = CONFIG_MAP.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    try {
      Path dir = Files.createDirectories(tmp.resolve("http"));
      Files.writeString(
          dir.resolve("kustomization.yaml"),
          "namespace: web\nresources:\n- http://127.0.0.1:"
              + server.getAddress().getPort()
              + "/cm.yaml\n");

      Kubectl.Result reference = Kubectl.kustomize(dir);

      assertThat(reference.exitCode()).as(reference.stderr()).isZero();
      assertThat(builder.buildYaml(dir)).isEqualTo(reference.stdout());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void unreachableUrlFailsWithTheAddress() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    Path dir = Files.createDirectories(tmp.resolve("unreachable"));
    String url = "http://127.0.0.1:" + closedPort + "/cm.yaml";
    Files.writeString(dir.resolve("kustomization.yaml"), "resources:\n- " + url + "\n");

    assertThat(Kubectl.kustomize(dir).exitCode()).isNotZero();
    assertThatThrownBy(() -> builder.build(dir))
        .isInstanceOf(KustomizeException.class)
        .hasMessageContaining("Get \"" + url + "\"");
  }

  private static void git(Path dir, String... args) throws IOException, InterruptedException {
    String[] command = new String[args.length + 1];
    command[0] = "git";
    System.arraycopy(args, 0, command, 1, args.length);
    Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
  }
}
