package io.fluxjava.source.server;

import io.fluxjava.source.storage.ArtifactStorage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** Routes of the artifact HTTP server on the application's port ({@code --storage-addr}). */
@Configuration(proxyBeanMethods = false)
public class ArtifactServerRoutes {

  /** {@code GET /} for readiness, {@code GET /**} for artifact files. */
  @Bean
  public RouterFunction<ServerResponse> artifactRoutes(ArtifactStorage storage) {
    ArtifactFileHandler handler = new ArtifactFileHandler(storage);
    return RouterFunctions.route(RequestPredicates.GET("/"), handler::ready)
        .andRoute(RequestPredicates.GET("/**"), handler::serve);
  }
}
