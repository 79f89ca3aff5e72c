package io.fluxjava.source.server;

import io.fluxjava.source.storage.ArtifactStorage;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Serves artifact files from the storage root: only regular files whose real path stays under the
 * root (symlinks such as {@code latest.tar.gz} are followed when they do), never directory
 * listings. Files are streamed from disk, never loaded whole.
 */
public final class ArtifactFileHandler {

  private final Path root;

  public ArtifactFileHandler(ArtifactStorage storage) {
    this.root = storage.root();
  }

  /** {@code GET /}: the readiness probe of upstream's Deployment. */
  public Mono<ServerResponse> ready(ServerRequest request) {
    return ServerResponse.ok().contentType(MediaType.TEXT_PLAIN).bodyValue("ok\n");
  }

  /** {@code GET /<kind>/<namespace>/<name>/<file>}. */
  public Mono<ServerResponse> serve(ServerRequest request) {
    String rawPath = request.uri().getRawPath();
    return Mono.fromCallable(() -> resolveFile(rawPath))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(
            file ->
                file.map(
                        f ->
                            ServerResponse.ok()
                                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                                .body(BodyInserters.fromResource(new FileSystemResource(f))))
                    .orElseGet(() -> ServerResponse.notFound().build()));
  }

  private Optional<Path> resolveFile(String rawPath) throws IOException {
    String decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
    if (decoded.indexOf('\0') >= 0 || decoded.contains("\\")) {
      return Optional.empty();
    }
    Path candidate = root.resolve(decoded.replaceFirst("^/+", "")).normalize();
    if (!candidate.startsWith(root) || !Files.isRegularFile(candidate)) {
      return Optional.empty();
    }
    Path real = candidate.toRealPath();
    return real.startsWith(root.toRealPath()) ? Optional.of(real) : Optional.empty();
  }
}
