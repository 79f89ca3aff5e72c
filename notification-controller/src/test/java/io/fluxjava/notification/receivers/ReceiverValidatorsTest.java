package io.fluxjava.notification.receivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReceiverValidatorsTest {

  private static final String TOKEN = "s3cret-token";
  private static final String BODY = "{\"ref\":\"refs/heads/main\"}";

  private static boolean validate(
      String type, List<String> events, Map<String, String> headers, String body)
      throws WebhookRejectedException {
    return ReceiverTypes.validator(type)
        .orElseThrow()
        .validate(
            new WebhookRequest(headers, body.getBytes(StandardCharsets.UTF_8)),
            new ReceiverSettings(type, TOKEN, events));
  }

  private static String hmac(String algorithm, String key, String body) {
    return Signatures.hmacHex(algorithm, key, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertRejected(int status, ThrowingCall call) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            WebhookRejectedException.class, e -> assertThat(e.httpStatus()).isEqualTo(status));
  }

  @FunctionalInterface
  private interface ThrowingCall {
    void run() throws Exception;
  }

  @Test
  void genericNeedsNothingButThePath() throws Exception {
    assertThat(validate("generic", List.of(), Map.of(), "")).isTrue();
  }

  @Test
  void genericHmacChecksXSignature() throws Exception {
    String good = "sha256=" + hmac("HmacSHA256", TOKEN, BODY);
    assertThat(validate("generic-hmac", List.of(), Map.of("X-Signature", good), BODY)).isTrue();
    assertThat(
            validate(
                "generic-hmac",
                List.of(),
                Map.of("x-signature", "sha1=" + hmac("HmacSHA1", TOKEN, BODY)),
                BODY))
        .isTrue();
    assertRejected(
        401, () -> validate("generic-hmac", List.of(), Map.of("X-Signature", good), BODY + " "));
    assertRejected(401, () -> validate("generic-hmac", List.of(), Map.of(), BODY));
    assertRejected(
        401,
        () ->
            validate(
                "generic-hmac",
                List.of(),
                Map.of("X-Signature", "sha256=" + hmac("HmacSHA256", "other", BODY)),
                BODY));
  }

  @Test
  void gitHubChecksSignatureThenEventFilterAndAcceptsPings() throws Exception {
    String signature = "sha256=" + hmac("HmacSHA256", TOKEN, BODY);
    Map<String, String> push = Map.of("X-Hub-Signature-256", signature, "X-GitHub-Event", "push");
    assertThat(validate("github", List.of("push"), push, BODY)).isTrue();
    assertRejected(400, () -> validate("github", List.of("release"), push, BODY));
    assertThat(
            validate(
                "github",
                List.of("release"),
                Map.of("X-Hub-Signature-256", signature, "X-GitHub-Event", "ping"),
                BODY))
        .as("a ping is valid but triggers nothing")
        .isFalse();
    assertRejected(
        401,
        () ->
            validate(
                "github",
                List.of(),
                Map.of("X-Hub-Signature-256", "sha256=00", "X-GitHub-Event", "push"),
                BODY));
    assertThat(
            validate(
                "github",
                List.of(),
                Map.of(
                    "X-Hub-Signature",
                    "sha1=" + hmac("HmacSHA1", TOKEN, BODY),
                    "X-GitHub-Event",
                    "push"),
                BODY))
        .isTrue();
  }

  @Test
  void gitLabComparesTheTokenHeader() throws Exception {
    assertThat(
            validate(
                "gitlab",
                List.of("Push Hook"),
                Map.of("X-Gitlab-Token", TOKEN, "X-Gitlab-Event", "Push Hook"),
                BODY))
        .isTrue();
    assertRejected(
        401, () -> validate("gitlab", List.of(), Map.of("X-Gitlab-Token", "wrong"), BODY));
    assertRejected(
        400,
        () ->
            validate(
                "gitlab",
                List.of("Tag Push Hook"),
                Map.of("X-Gitlab-Token", TOKEN, "X-Gitlab-Event", "Push Hook"),
                BODY));
  }

  @Test
  void bitbucketServerUsesHubSignatureAndEventKey() throws Exception {
    Map<String, String> headers =
        Map.of(
            "X-Hub-Signature",
            "sha256=" + hmac("HmacSHA256", TOKEN, BODY),
            "X-Event-Key",
            "repo:refs_changed");
    assertThat(validate("bitbucket", List.of("repo:refs_changed"), headers, BODY)).isTrue();
    assertRejected(400, () -> validate("bitbucket", List.of("pr:merged"), headers, BODY));
    assertRejected(
        401,
        () -> validate("bitbucket", List.of(), Map.of("X-Event-Key", "repo:refs_changed"), BODY));
  }

  @Test
  void harborComparesAuthorization() throws Exception {
    assertThat(validate("harbor", List.of(), Map.of("Authorization", TOKEN), BODY)).isTrue();
    assertRejected(
        401, () -> validate("harbor", List.of(), Map.of("Authorization", "Bearer x"), BODY));
  }

  @Test
  void nexusChecksHmacSha1() throws Exception {
    String body = "{\"action\":\"CREATED\",\"repositoryName\":\"docker\"}";
    assertThat(
            validate(
                "nexus",
                List.of(),
                Map.of("X-Nexus-Webhook-Signature", hmac("HmacSHA1", TOKEN, body)),
                body))
        .isTrue();
    assertRejected(
        401, () -> validate("nexus", List.of(), Map.of("X-Nexus-Webhook-Signature", "abc"), body));
    assertRejected(401, () -> validate("nexus", List.of(), Map.of(), body));
  }

  @Test
  void registriesWithoutSignaturesNeedTheirJsonPayload() throws Exception {
    for (String type : List.of("dockerhub", "quay", "acr")) {
      assertThat(validate(type, List.of(), Map.of(), "{\"push_data\":{\"tag\":\"1.0\"}}")).isTrue();
      assertRejected(400, () -> validate(type, List.of(), Map.of(), "not json"));
    }
  }

  @Test
  void cdEventsFilterOnCeTypeAndNeedACdEvent() throws Exception {
    String cdevent = "{\"context\":{\"type\":\"dev.cdevents.change.merged.0.2.0\"},\"subject\":{}}";
    Map<String, String> merged = Map.of("Ce-Type", "dev.cdevents.change.merged.0.2.0");
    assertThat(validate("cdevents", List.of("dev.cdevents.change.merged.0.2.0"), merged, cdevent))
        .isTrue();
    assertRejected(
        400,
        () ->
            validate(
                "cdevents", List.of("dev.cdevents.artifact.published.0.1.0"), merged, cdevent));
    assertRejected(400, () -> validate("cdevents", List.of(), merged, "{\"x\":1}"));
  }

  @Test
  void gcrIsRefusedWithAClearReason() {
    assertThatThrownBy(() -> validate("gcr", List.of(), Map.of("Authorization", "Bearer x"), "{}"))
        .hasMessageContaining("not supported here");
  }

  @Test
  void webhookPathIsTheSha256OfTokenNameAndNamespace() {
    assertThat(WebhookPath.of("token", "receiver", "flux-system"))
        .isEqualTo("/hook/82c055fa0743ee447b0870be16fa51a43bb6604b21ef8fae7ccf02bdc860b0f9");
  }
}
