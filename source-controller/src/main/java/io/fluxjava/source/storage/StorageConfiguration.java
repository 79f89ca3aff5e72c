package io.fluxjava.source.storage;

import io.fluxjava.runtime.GoDuration;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires artifact storage from upstream's flags ({@code --storage-path}, {@code --storage-addr},
 * {@code --storage-adv-addr}, {@code --artifact-digest-algo}, {@code --artifact-retention-ttl},
 * {@code --artifact-retention-records}) or their environment variables.
 */
@Configuration(proxyBeanMethods = false)
public class StorageConfiguration {

  /** The store every source reconciler writes to and the artifact server reads from. */
  @Bean
  public ArtifactStorage artifactStorage(
      @Value("${storage-path:${STORAGE_PATH:/data}}") String storagePath,
      @Value("${storage-addr:${STORAGE_ADDRESS::9090}}") String bindAddress,
      @Value("${storage-adv-addr:${STORAGE_ADV_ADDR:}}") String advertisedAddress,
      @Value("${artifact-digest-algo:sha256}") String digestAlgorithm,
      @Value("${HOSTNAME:localhost}") String hostname) {
    return new ArtifactStorage(
        Path.of(storagePath),
        ArtifactUrls.of(bindAddress, advertisedAddress, hostname),
        DigestAlgorithm.fromFlag(digestAlgorithm),
        Clock.systemUTC());
  }

  /** How long and how many superseded artifact files are kept. */
  @Bean
  public RetentionPolicy artifactRetentionPolicy(
      @Value("${artifact-retention-ttl:1m}") String ttl,
      @Value("${artifact-retention-records:2}") int records) {
    return new RetentionPolicy(GoDuration.parse(ttl), records);
  }
}
