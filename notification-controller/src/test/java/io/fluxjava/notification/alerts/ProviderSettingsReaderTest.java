package io.fluxjava.notification.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fluxjava.api.notification.Provider;
import io.fluxjava.notification.providers.NotificationException;
import io.fluxjava.notification.providers.NotifierFactory;
import io.fluxjava.notification.providers.ProviderSettings;
import io.fluxjava.notification.providers.RecordingServer;
import io.fluxjava.notification.providers.SelfSignedCertificate;
import io.fluxjava.notification.providers.TestEvents;
import io.fluxjava.testkit.InMemoryApiServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Provider settings come from the spec, its Secrets and its CA, and reach the wire. */
class ProviderSettingsReaderTest {

  @TempDir static Path dir;

  private static InMemoryApiServer api;
  private static KubernetesClient client;
  private static SelfSignedCertificate certificate;
  private static RecordingServer https;

  @BeforeAll
  static void start() throws Exception {
    api = InMemoryApiServer.start();
    client = api.client();
    api.installCrds(Path.of("../helm-chart/crds"));
    certificate = SelfSignedCertificate.create(dir);
    https = RecordingServer.startTls(certificate.serverContext());
    client
        .resource(
            """
            apiVersion: v1
            kind: Secret
            metadata: {name: webhook-secret, namespace: flux-system}
            stringData:
              address: "%s"
              token: s3cret
              headers: |
                X-Team: platform
                X-Env: prod
            """
                .formatted(https.url("/from-secret")))
        .create();
    client
        .resource(
            """
            apiVersion: v1
            kind: Secret
            metadata: {name: webhook-ca, namespace: flux-system}
            stringData:
              ca.crt: |
            %s
            """
                .formatted(certificate.pem().indent(4)))
        .create();
  }

  @AfterAll
  static void stop() {
    https.close();
    api.close();
  }

  private static Provider provider(String name, String extraSpec) {
    client
        .resource(
            """
            apiVersion: notification.toolkit.fluxcd.io/v1beta3
            kind: Provider
            metadata: {name: %s, namespace: flux-system}
            spec:
              type: generic-hmac
              address: http://overridden.invalid/
              timeout: 5s
              secretRef: {name: webhook-secret}
            %s
            """
                .formatted(name, extraSpec.indent(2)))
        .create();
    return client.resources(Provider.class).inNamespace("flux-system").withName(name).get();
  }

  @Test
  void secretKeysOverrideTheSpecAndTheCustomCaIsTrusted() throws Exception {
    Provider provider = provider("trusted", "certSecretRef: {name: webhook-ca}");
    ProviderSettings settings = new ProviderSettingsReader(client).read(provider);

    assertThat(settings.address()).isEqualTo(https.url("/from-secret"));
    assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(settings.providerUid()).isEqualTo(provider.getMetadata().getUid());
    assertThat(settings.toString()).doesNotContain("s3cret").doesNotContain("from-secret");

    NotifierFactory.create(settings).post(TestEvents.succeeded());

    RecordingServer.Request request = https.requests().get(https.requests().size() - 1);
    assertThat(request.path()).isEqualTo("/from-secret");
    assertThat(request.header("X-Team")).isEqualTo("platform");
    assertThat(request.header("X-Env")).isEqualTo("prod");
    assertThat(request.header("X-Signature")).startsWith("sha256=");
  }

  @Test
  void withoutTheCaTheServerIsNotTrusted() {
    ProviderSettings settings = new ProviderSettingsReader(client).read(provider("untrusted", ""));

    assertThatThrownBy(() -> NotifierFactory.create(settings).post(TestEvents.succeeded()))
        .isInstanceOf(NotificationException.class);
  }

  @Test
  void aMissingSecretIsReported() {
    Provider provider = provider("missing-ca", "certSecretRef: {name: absent}");

    assertThatThrownBy(() -> new ProviderSettingsReader(client).read(provider))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("flux-system/absent");
  }
}
