package io.fluxjava.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.CustomResource;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Realistic manifests of every kind, using every field, survive the model without loss. */
class ManifestRoundTripTest {

  static Stream<Class<? extends CustomResource<?, ?>>> kinds() {
    return FluxKinds.ALL.stream();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void manifestSurvivesTheModelUnchanged(Class<? extends CustomResource<?, ?>> kind)
      throws Exception {
    for (ObjectNode manifest : ManifestSupport.documents(manifestOf(kind))) {
      assertThat(ManifestSupport.roundTrip(manifest, kind))
          .as("%s %s", kind.getSimpleName(), manifest.at("/metadata/name").asText())
          .isEqualTo(ManifestSupport.normalized(manifest));
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void manifestsSetEveryFieldOfTheModel(Class<? extends CustomResource<?, ?>> kind) {
    List<ObjectNode> manifests = ManifestSupport.documents(manifestOf(kind));
    var typeFactory = ManifestSupport.CLIENT.getTypeFactory();
    JavaType[] specAndStatus =
        typeFactory.findTypeParameters(typeFactory.constructType(kind), CustomResource.class);

    var coverage = new ModelCoverage(ManifestSupport.CLIENT);
    coverage.visit(field(manifests, "spec"), specAndStatus[0]);
    coverage.visit(field(manifests, "status"), specAndStatus[1]);

    assertThat(coverage.missing())
        .as("fields of %s that no test manifest sets", kind.getSimpleName())
        .isEmpty();
  }

  private static List<JsonNode> field(List<ObjectNode> manifests, String name) {
    return manifests.stream().filter(m -> m.hasNonNull(name)).map(m -> m.get(name)).toList();
  }

  private static String manifestOf(Class<?> kind) {
    return "/manifests/" + kind.getSimpleName().toLowerCase(Locale.ROOT) + ".yaml";
  }
}
