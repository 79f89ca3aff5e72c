package io.fluxjava.notification.providers;

import static io.fluxjava.notification.providers.JsonAssert.assertJsonEquals;
import static org.assertj.core.api.Assertions.assertThat;

import io.fluxjava.notification.events.Event;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatProvidersTest {

  private RecordingServer server;

  @BeforeEach
  void start() throws IOException {
    server = RecordingServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void post(ProviderSettings settings, Event event) throws NotificationException {
    NotifierFactory.create(settings).post(event);
  }

  @Test
  void slackSendsAttachmentWithChannelAndBearerToken() throws Exception {
    post(
        ProviderSettings.of("slack", server.url("/services/T/B/X"))
            .withChannel("#ops")
            .withToken("xoxb-secret"),
        TestEvents.failed());

    RecordingServer.Request request = server.single();
    assertThat(request.path()).isEqualTo("/services/T/B/X");
    assertThat(request.header("Authorization")).isEqualTo("Bearer xoxb-secret");
    assertThat(request.header("Content-Type")).isEqualTo("application/json");
    assertJsonEquals(
        """
        {"channel":"#ops","username":"kustomize-controller","icon_url":"","icon_emoji":"",
         "attachments":[{"color":"danger","author_name":"kustomization/apps.flux-system",
           "text":"Reconciliation finished in 1.2s, next run in 10m0s","mrkdwn_in":["text"],
           "fields":[{"title":"revision","value":"main@sha1:%s","short":false}]}]}
        """
            .formatted(TestEvents.COMMIT),
        request.body());
  }

  @Test
  void discordUsesTheSlackCompatibleEndpoint() throws Exception {
    post(ProviderSettings.of("discord", server.url("/api/webhooks/1/abc")), TestEvents.succeeded());

    RecordingServer.Request request = server.single();
    assertThat(request.path()).isEqualTo("/api/webhooks/1/abc/slack");
    assertJsonEquals(
        """
        {"channel":"","username":"kustomize-controller","icon_url":"","icon_emoji":"",
         "attachments":[{"color":"good","author_name":"kustomization/apps.flux-system",
           "text":"Reconciliation finished in 1.2s, next run in 10m0s","mrkdwn_in":["text"],
           "fields":[{"title":"revision","value":"main@sha1:%s","short":false}]}]}
        """
            .formatted(TestEvents.COMMIT),
        request.body());
  }

  @Test
  void rocketSendsRocketIconAndColours() throws Exception {
    post(
        ProviderSettings.of("rocket", server.url("/hooks/x"))
            .withChannel("general")
            .withUsername("flux"),
        TestEvents.failed());

    assertJsonEquals(
        """
        {"channel":"general","username":"flux","icon_url":"","icon_emoji":":rocket:",
         "attachments":[{"color":"#FF0000","author_name":"apps.flux-system",
           "text":"Reconciliation finished in 1.2s, next run in 10m0s","mrkdwn_in":["text"],
           "fields":[{"title":"revision","value":"main@sha1:%s","short":false}]}]}
        """
            .formatted(TestEvents.COMMIT),
        server.single().body());
  }

  @Test
  void msTeamsSendsAdaptiveCardWithSummaryFirst() throws Exception {
    Event event =
        TestEvents.kustomization(
            Event.SEVERITY_ERROR,
            "ReconciliationFailed",
            Map.of("b", "2", "summary", "prod", "a", "1"));
    post(ProviderSettings.of("msteams", server.url("/workflows/x")), event);

    assertJsonEquals(
        """
        {"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive",
          "content":{"$schema":"http://adaptivecards.io/schemas/adaptive-card.json",
            "type":"AdaptiveCard","version":"1.4","msteams":{"width":"Full"},
            "body":[{"type":"Container","items":[
              {"type":"TextBlock","text":"kustomization/apps.flux-system","size":"large","weight":"bolder","wrap":true},
              {"type":"TextBlock","text":"Reconciliation finished in 1.2s, next run in 10m0s","color":"attention","wrap":true},
              {"type":"FactSet","facts":[{"title":"summary","value":"prod"},{"title":"a","value":"1"},{"title":"b","value":"2"}]}
            ]}]}}]}
        """,
        server.single().body());
    String order = server.single().body();
    assertThat(order.indexOf("summary")).isLessThan(order.indexOf("\"a\""));
  }

  @Test
  void googleChatSendsCardWithKeyValues() throws Exception {
    post(ProviderSettings.of("googlechat", server.url("/v1/spaces/x")), TestEvents.failed());

    assertJsonEquals(
        """
        {"cards":[{"header":{"title":"kustomization/apps.flux-system","subtitle":"kustomize-controller",
            "imageUrl":null,"imageStyle":null},
          "sections":[
            {"header":"","widgets":[{"textParagraph":{"text":"<font color=\\"#ff0000\\">Reconciliation finished in 1.2s, next run in 10m0s</font>"},"keyValue":null}]},
            {"header":"","widgets":[{"textParagraph":null,"keyValue":{"topLabel":"revision",
              "content":"main@sha1:%s","contentMultiline":false,"bottomLabel":null,"icon":null}}]}]}]}
        """
            .formatted(TestEvents.COMMIT),
        server.single().body());
  }

  @Test
  void webexSendsMarkdownToTheRoomWithBotToken() throws Exception {
    post(
        ProviderSettings.of("webex", server.url("/v1/messages"))
            .withChannel("room-1")
            .withToken("bot-token"),
        TestEvents.succeeded());

    RecordingServer.Request request = server.single();
    assertThat(request.header("Authorization")).isEqualTo("Bearer bot-token");
    assertJsonEquals(
        """
        {"roomId":"room-1","markdown":"✅ **kustomization/apps.flux-system**\\nReconciliation finished in 1.2s, next run in 10m0s\\n>**revision**: main@sha1:%s\\n"}
        """
            .formatted(TestEvents.COMMIT),
        request.body());
  }

  @Test
  void telegramSendsEscapedMarkdownToTheBotApi() throws Exception {
    post(
        ProviderSettings.of("telegram", server.url("/"))
            .withChannel("-100123:42")
            .withToken("123:ABC"),
        TestEvents.kustomization(Event.SEVERITY_INFO, "ReconciliationSucceeded", Map.of()));

    RecordingServer.Request request = server.single();
    assertThat(request.path()).isEqualTo("/bot123:ABC/sendMessage");
    assertJsonEquals(
        """
        {"chat_id":"-100123","message_thread_id":"42",
         "text":"*💫 kustomization/apps/flux\\\\-system*\\nReconciliation finished in 1\\\\.2s, next run in 10m0s\\n",
         "parse_mode":"MarkdownV2"}
        """,
        request.body());
  }

  @Test
  void matrixPutsTextMessageWithIdempotentTransactionId() throws Exception {
    Notifier matrix =
        NotifierFactory.create(
            ProviderSettings.of("matrix", server.url("")).withChannel("!room:x").withToken("t"));
    matrix.post(TestEvents.failed());
    matrix.post(TestEvents.failed());

    RecordingServer.Request request = server.requests().get(0);
    assertThat(request.method()).isEqualTo("PUT");
    assertThat(request.path()).startsWith("/_matrix/client/r0/rooms/!room:x/send/m.room.message/");
    assertThat(request.path()).isEqualTo(server.requests().get(1).path());
    assertThat(request.header("Authorization")).isEqualTo("Bearer t");
    assertJsonEquals(
        """
        {"body":"🚨 kustomization/apps.flux-system\\nReconciliation finished in 1.2s, next run in 10m0s\\n- revision: main@sha1:%s\\n","msgtype":"m.text"}
        """
            .formatted(TestEvents.COMMIT),
        request.body());
  }

  @Test
  void larkSendsInteractiveCardAndSkipsCommitStatusUpdates() throws Exception {
    Notifier lark = NotifierFactory.create(ProviderSettings.of("lark", server.url("/hook/x")));
    lark.post(
        TestEvents.kustomization(
            Event.SEVERITY_INFO, "ReconciliationSucceeded", Map.of("commit_status", "update")));
    lark.post(TestEvents.failed());

    assertJsonEquals(
        """
        {"msg_type":"interactive","card":{"config":{"wide_screen_mode":true},
          "header":{"title":{"tag":"plain_text","content":"🚨 kustomization/apps.flux-system"},"template":"red"},
          "elements":[{"tag":"div","text":{"tag":"lark_md",
            "content":"**Reconciliation finished in 1.2s, next run in 10m0s**\\n\\nrevision: main@sha1:%s\\n"}}]}}
        """
            .formatted(TestEvents.COMMIT),
        server.single().body());
  }
}
