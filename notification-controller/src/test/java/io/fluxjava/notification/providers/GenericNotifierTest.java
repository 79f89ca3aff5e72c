package io.fluxjava.notification.providers;

import static io.fluxjava.notification.providers.JsonAssert.assertJsonEquals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class GenericNotifierTest extends NotifierTestSupport {

  @Test
  void forwardsTheEventWithComponentAndSecretHeaders() throws Exception {
    provider("generic", "/webhook")
        .headers(Map.of("X-Team", "platform"))
        .post(TestEvents.succeeded());

    RecordingServer.Request request = server.single();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.header("gotk-component")).isEqualTo("kustomize-controller");
    assertThat(request.header("X-Team")).isEqualTo("platform");
    assertThat(request.header("X-Signature")).isNull();
    assertJsonEquals(
        """
        {"involvedObject":{"kind":"Kustomization","namespace":"flux-system","name":"apps",
           "uid":"7f2c6c3e-1111-2222-3333-444455556666","apiVersion":"kustomize.toolkit.fluxcd.io/v1"},
         "severity":"info","timestamp":"2026-08-01T10:00:00Z",
         "message":"Reconciliation finished in 1.2s, next run in 10m0s","reason":"ReconciliationSucceeded",
         "metadata":{"revision":"main@sha1:%s"},"reportingController":"kustomize-controller",
         "reportingInstance":"kustomize-controller-7c9d"}
        """
            .formatted(TestEvents.COMMIT),
        request.body());
  }

  @Test
  void hmacVariantSignsTheExactBody() throws Exception {
    provider("generic-hmac", "/webhook").token("s3cret").post(TestEvents.failed());

    RecordingServer.Request request = server.single();
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec("s3cret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected =
        HexFormat.of().formatHex(mac.doFinal(request.body().getBytes(StandardCharsets.UTF_8)));
    assertThat(request.header("X-Signature")).isEqualTo("sha256=" + expected);
  }

  @Test
  void classifiesServerErrorsAsRetryableAndClientErrorsAsFinal() {
    Notifier notifier = provider("generic", "/").notifier();

    server.respondWith(503);
    assertThatThrownBy(() -> notifier.post(TestEvents.succeeded()))
        .isInstanceOfSatisfying(
            NotificationException.class, e -> assertThat(e.retryable()).isTrue());
    server.respondWith(400);
    assertThatThrownBy(() -> notifier.post(TestEvents.succeeded()))
        .isInstanceOfSatisfying(
            NotificationException.class, e -> assertThat(e.retryable()).isFalse());
  }

  @Test
  void errorsNeverContainTheSecretPartOfTheAddress() {
    server.respondWith(500);
    Notifier notifier = provider("slack", "/services/SECRET-PATH").notifier();

    assertThatThrownBy(() -> notifier.post(TestEvents.succeeded()))
        .hasMessageNotContaining("SECRET-PATH")
        .hasMessageContaining("127.0.0.1");
  }

  @Test
  void invalidAddressesAreReportedWithoutQuotingThem() {
    assertThatThrownBy(
            () ->
                NotifierFactory.create(ProviderSettings.of("msteams", "https://hooks/SECRET PATH")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("SECRET");
  }

  @Test
  void rejectsUnknownTypes() {
    assertThatThrownBy(
            () -> NotifierFactory.create(ProviderSettings.of("carrier-pigeon", "http://x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("provider carrier-pigeon not supported");
  }
}
