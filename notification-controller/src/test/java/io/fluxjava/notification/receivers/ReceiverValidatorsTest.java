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

  private static void validate(
      String type, List<String> events, Map<String, String> headers, String body)
      throws WebhookRejectedException {
    ReceiverTypes.validator(type)
        .orElseThrow()
        .validate(
            new WebhookRequest(headers, body.getBytes(StandardCharsets.UTF_8)),
            new ReceiverSettings(type, TOKEN, events));
  }

  private static String hmac(String algorithm, String key, String body) {
    return Signatures.hmacHex(algorithm, key, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertRejected(ThrowingCall call) {
    assertThatThrownBy(call::run).isInstanceOf(WebhookRejectedException.class);
  }

  @FunctionalInterface
  private interface ThrowingCall {
    void run() throws Exception;
  }

  @Test
  void genericNeedsNothingButThePath() throws Exception {
    validate("generic", List.of(), Map.of(), "");
  }

  @Test
  void genericHmacChecksXSignature() throws Exception {
    String good = "sha256=" + hmac("HmacSHA256", TOKEN, BODY);
    validate("generic-hmac", List.of(), Map.of("X-Signature", good), BODY);
    validate(
        "generic-hmac",
        List.of(),
        Map.of("x-signature", "sha1=" + hmac("HmacSHA1", TOKEN, BODY)),
        BODY);
    assertRejected(
        () -> validate("generic-hmac", List.of(), Map.of("X-Signature", good), BODY + " "));
    assertRejected(() -> validate("generic-hmac", List.of(), Map.of(), BODY));
    assertRejected(
        () ->
            validate(
                "generic-hmac",
                List.of(),
                Map.of("X-Signature", "sha256=" + hmac("HmacSHA256", "other", BODY)),
                BODY));
  }

  @Test
  void gitHubChecksSignatureThenEventFilterPingsIncluded() throws Exception {
    String signature = "sha256=" + hmac("HmacSHA256", TOKEN, BODY);
    Map<String, String> push = Map.of("X-Hub-Signature-256", signature, "X-GitHub-Event", "push");
    validate("github", List.of("push"), push, BODY);
    assertRejected(() -> validate("github", List.of("release"), push, BODY));
    Map<String, String> ping = Map.of("X-Hub-Signature-256", signature, "X-GitHub-Event", "ping");
    validate("github", List.of("push", "ping"), ping, BODY);
    assertThatThrownBy(() -> validate("github", List.of("push"), ping, BODY))
        .as("as upstream, a ping is filtered like any other event")
        .hasMessage("the GitHub event 'ping' is not authorised");
    assertRejected(
        () ->
            validate(
                "github",
                List.of(),
                Map.of("X-Hub-Signature-256", "sha256=00", "X-GitHub-Event", "push"),
                BODY));
    validate(
        "github",
        List.of(),
        Map.of(
            "X-Hub-Signature", "sha1=" + hmac("HmacSHA1", TOKEN, BODY), "X-GitHub-Event", "push"),
        BODY);
  }

  @Test
  void gitLabComparesTheTokenHeader() throws Exception {
    validate(
        "gitlab",
        List.of("Push Hook"),
        Map.of("X-Gitlab-Token", TOKEN, "X-Gitlab-Event", "Push Hook"),
        BODY);
    assertRejected(() -> validate("gitlab", List.of(), Map.of("X-Gitlab-Token", "wrong"), BODY));
    assertRejected(
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
    validate("bitbucket", List.of("repo:refs_changed"), headers, BODY);
    assertRejected(() -> validate("bitbucket", List.of("pr:merged"), headers, BODY));
    assertRejected(
        () -> validate("bitbucket", List.of(), Map.of("X-Event-Key", "repo:refs_changed"), BODY));
  }

  @Test
  void harborComparesAuthorization() throws Exception {
    validate("harbor", List.of(), Map.of("Authorization", TOKEN), BODY);
    assertRejected(() -> validate("harbor", List.of(), Map.of("Authorization", "Bearer x"), BODY));
  }

  @Test
  void nexusChecksHmacSha1() throws Exception {
    String body = "{\"action\":\"CREATED\",\"repositoryName\":\"docker\"}";
    validate(
        "nexus",
        List.of(),
        Map.of("X-Nexus-Webhook-Signature", hmac("HmacSHA1", TOKEN, body)),
        body);
    assertRejected(
        () -> validate("nexus", List.of(), Map.of("X-Nexus-Webhook-Signature", "abc"), body));
    assertRejected(() -> validate("nexus", List.of(), Map.of(), body));
  }

  @Test
  void registriesWithoutSignaturesNeedTheirJsonPayload() throws Exception {
    for (String type : List.of("dockerhub", "quay", "acr")) {
      validate(type, List.of(), Map.of(), "{\"push_data\":{\"tag\":\"1.0\"}}");
      assertRejected(() -> validate(type, List.of(), Map.of(), "not json"));
    }
  }

  @Test
  void cdEventsFilterOnCeTypeAndNeedACdEvent() throws Exception {
    String cdevent = "{\"context\":{\"type\":\"dev.cdevents.change.merged.0.2.0\"},\"subject\":{}}";
    Map<String, String> merged = Map.of("Ce-Type", "dev.cdevents.change.merged.0.2.0");
    validate("cdevents", List.of("dev.cdevents.change.merged.0.2.0"), merged, cdevent);
    assertRejected(
        () ->
            validate(
                "cdevents", List.of("dev.cdevents.artifact.published.0.1.0"), merged, cdevent));
    assertRejected(() -> validate("cdevents", List.of(), merged, "{\"x\":1}"));
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
