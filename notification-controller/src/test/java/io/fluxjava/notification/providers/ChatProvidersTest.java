package io.fluxjava.notification.providers;

import static io.fluxjava.notification.providers.JsonAssert.assertJsonEquals;
import static org.assertj.core.api.Assertions.assertThat;

import io.fluxjava.notification.events.Event;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatProvidersTest extends NotifierTestSupport {

  @Test
  void slackSendsAttachmentWithChannelAndBearerToken() throws Exception {
    provider("slack", "/services/T/B/X")
        .channel("#ops")
        .token("xoxb-secret")
        .post(TestEvents.failed());

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
    provider("discord", "/api/webhooks/1/abc").post(TestEvents.succeeded());

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
    provider("rocket", "/hooks/x").channel("general").username("flux").post(TestEvents.failed());

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
    provider("msteams", "/workflows/x").post(event);

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
    provider("googlechat", "/v1/spaces/x").post(TestEvents.failed());

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
    provider("webex", "/v1/messages")
        .channel("room-1")
        .token("bot-token")
        .post(TestEvents.succeeded());

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
    provider("telegram", "/")
        .channel("-100123:42")
        .token("123:ABC")
        .post(TestEvents.kustomization(Event.SEVERITY_INFO, "ReconciliationSucceeded", Map.of()));

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
    Notifier matrix = provider("matrix", "").channel("!room:x").token("t").notifier();
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
  void larkSendsInteractiveCard() throws Exception {
    provider("lark", "/hook/x").post(TestEvents.failed());

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
