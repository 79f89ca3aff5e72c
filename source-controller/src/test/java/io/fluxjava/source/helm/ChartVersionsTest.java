package io.fluxjava.source.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fluxjava.api.source.HelmChartSpec;
import io.fluxjava.api.source.ReconcileStrategy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartVersionsTest {

  private static final String REVISION = "main@sha1:0123456789abcdef0123456789abcdef01234567";

  @Test
  void chartVersionStrategyKeepsTheChartVersion() {
    assertThat(ChartBuilds.version("1.2.3", spec(null, List.of()), REVISION, 4)).isEqualTo("1.2.3");
  }

  @Test
  void revisionStrategyAddsTheShortSourceRevision() {
    assertThat(
            ChartBuilds.version("1.2.3", spec(ReconcileStrategy.REVISION, List.of()), REVISION, 4))
        .isEqualTo("1.2.3+0123456789ab");
  }

  @Test
  void valuesFilesAddTheGeneration() {
    assertThat(ChartBuilds.version("1.2.3", spec(null, List.of("v.yaml")), REVISION, 4))
        .isEqualTo("1.2.3+4");
    assertThat(
            ChartBuilds.version(
                "1.2.3", spec(ReconcileStrategy.REVISION, List.of("v.yaml")), REVISION, 4))
        .isEqualTo("1.2.3+0123456789ab.4");
  }

  @Test
  void prereleasesMatchOnlyWhenTheConstraintNamesOne() throws Exception {
    HelmIndex index =
        HelmIndex.parse(
            new ByteArrayInputStream(
                ("apiVersion: v1\nentries:\n  app:\n"
                        + "  - {name: app, version: 1.0.0, urls: [a.tgz]}\n"
                        + "  - {name: app, version: 1.1.0-rc.1, urls: [b.tgz]}\n")
                    .getBytes(StandardCharsets.UTF_8)));

    assertThat(index.resolve("app", "*").version()).isEqualTo("1.0.0");
    assertThat(index.resolve("app", ">=1.0.0-0").version()).isEqualTo("1.1.0-rc.1");
    assertThatThrownBy(() -> index.resolve("app", "2.x"))
        .hasMessage("no 'app' chart with version matching '2.x' found");
  }

  @Test
  void humanSizesUseDecimalUnits() {
    assertThat(HumanSize.format(999)).isEqualTo("999B");
    assertThat(HumanSize.format(1234)).isEqualTo("1.234kB");
    assertThat(HumanSize.format(20_500_000)).isEqualTo("20.5MB");
  }

  private static HelmChartSpec spec(ReconcileStrategy strategy, List<String> valuesFiles) {
    HelmChartSpec spec = new HelmChartSpec();
    spec.setReconcileStrategy(strategy);
    spec.setValuesFiles(valuesFiles);
    return spec;
  }
}
