package io.fluxjava.helm.storage;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Helm's Secret storage driver: one Secret {@code sh.helm.release.v1.<release>.v<revision>} of type
 * {@code helm.sh/release.v1} per revision, labelled {@code owner=helm, name, status, version}.
 */
public final class ReleaseStorage {

  public static final String SECRET_TYPE = "helm.sh/release.v1";
  private static final String RELEASE_KEY = "release";
  private static final String OWNER_LABEL = "owner";
  private static final String OWNER = "helm";

  private final KubernetesClient client;
  private final Clock clock;

  public ReleaseStorage(KubernetesClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  /** Every stored revision of the release, newest first. */
  public List<StoredRelease> history(String namespace, String releaseName) {
    return client
        .secrets()
        .inNamespace(namespace)
        .withLabels(Map.of(OWNER_LABEL, OWNER, "name", releaseName))
        .list()
        .getItems()
        .stream()
        .filter(s -> SECRET_TYPE.equals(s.getType()))
        .map(ReleaseStorage::read)
        .sorted(Comparator.comparingInt(StoredRelease::version).reversed())
        .toList();
  }

  /** The newest revision, if any. */
  public Optional<StoredRelease> latest(String namespace, String releaseName) {
    return history(namespace, releaseName).stream().findFirst();
  }

  /** Creates or replaces the Secret of this revision in the storage namespace. */
  public void save(String namespace, StoredRelease release) {
    String encoded =
        Base64.getEncoder()
            .encodeToString(ReleaseCodec.encode(release).getBytes(StandardCharsets.US_ASCII));
    Secret secret =
        new SecretBuilder()
            .withNewMetadata()
            .withName(secretName(release.name(), release.version()))
            .withNamespace(namespace)
            .withLabels(
                Map.of(
                    OWNER_LABEL,
                    OWNER,
                    "name",
                    release.name(),
                    "status",
                    release.status(),
                    "version",
                    Integer.toString(release.version()),
                    "modifiedAt",
                    Long.toString(clock.instant().getEpochSecond())))
            .endMetadata()
            .withType(SECRET_TYPE)
            .withData(Map.of(RELEASE_KEY, encoded))
            .build();
    client.secrets().inNamespace(namespace).resource(secret).createOr(s -> s.update());
  }

  /** Deletes the Secret of one revision from the storage namespace. */
  public void delete(String namespace, StoredRelease release) {
    client
        .secrets()
        .inNamespace(namespace)
        .withName(secretName(release.name(), release.version()))
        .delete();
  }

  /** Keeps the newest {@code maxHistory} revisions (0 keeps all), deleting the older Secrets. */
  public void prune(String namespace, String releaseName, int maxHistory) {
    if (maxHistory <= 0) {
      return;
    }
    history(namespace, releaseName).stream().skip(maxHistory).forEach(r -> delete(namespace, r));
  }

  /** Helm's Secret name for a revision. */
  public static String secretName(String releaseName, int version) {
    return "sh.helm.release.v1." + releaseName + ".v" + version;
  }

  private static StoredRelease read(Secret secret) {
    String text =
        new String(
            Base64.getDecoder().decode(secret.getData().get(RELEASE_KEY)),
            StandardCharsets.US_ASCII);
    return ReleaseCodec.decode(text);
  }
}
