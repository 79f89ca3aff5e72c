package io.fluxjava.notification.receivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceFilterTest {

  private static final GenericKubernetesResource APP = repository("app", Map.of("tier", "web"));

  private static GenericKubernetesResource repository(String name, Map<String, String> labels) {
    GenericKubernetesResource resource = new GenericKubernetesResource();
    resource.setApiVersion("source.toolkit.fluxcd.io/v1");
    resource.setKind("GitRepository");
    resource.setMetadata(
        new ObjectMetaBuilder().withName(name).withNamespace("apps").withLabels(labels).build());
    resource.setAdditionalProperty("spec", Map.of("url", "https://example.com/app.git"));
    return resource;
  }

  private static WebhookRequest json(String body) {
    return new WebhookRequest(
        Map.of("Content-Type", "application/json; charset=utf-8"),
        body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void seesTheResourceMetadataAndTheJsonBody() {
    ResourceFilter filter =
        ResourceFilter.compile(
            "res.kind == 'GitRepository' && res.metadata.labels.tier == req.tier && req.count > 1");

    assertThat(filter.forCall(json("{\"tier\":\"web\",\"count\":2}")).test(APP)).isTrue();
    assertThat(filter.forCall(json("{\"tier\":\"db\",\"count\":2}")).test(APP)).isFalse();
  }

  @Test
  void seesNeitherSpecNorStatusLikeUpstream() {
    ResourceFilter filter = ResourceFilter.compile("has(res.spec)");

    assertThat(filter.forCall(json("{}")).test(APP)).isFalse();
  }

  @Test
  void aBodyThatIsNotJsonIsAnEmptyRequest() {
    ResourceFilter filter = ResourceFilter.compile("size(req) == 0");
    WebhookRequest form =
        new WebhookRequest(
            Map.of("Content-Type", "text/plain"), "a=b".getBytes(StandardCharsets.UTF_8));

    assertThat(filter.forCall(form).test(APP)).isTrue();
  }

  @Test
  void rejectsExpressionsThatDoNotParseOrAreNotBoolean() {
    assertThatThrownBy(() -> ResourceFilter.compile("res.metadata.name =="))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("failed to parse the CEL expression 'res.metadata.name =='");
    assertThatThrownBy(() -> ResourceFilter.compile("1 + 2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not return a boolean value");
  }

  @Test
  void failsWhenTheExpressionCannotBeEvaluated() {
    ResourceFilter filter = ResourceFilter.compile("req.missing.field == 'x'");

    assertThatThrownBy(() -> filter.forCall(json("{}")).test(APP))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("failed to evaluate the CEL expression");
  }
}
