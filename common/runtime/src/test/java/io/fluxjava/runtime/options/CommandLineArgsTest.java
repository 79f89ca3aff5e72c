package io.fluxjava.runtime.options;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluxjava.runtime.GoDuration;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineArgsTest {

  @Test
  void goStyleFlagsBecomeSpringStyle() {
    String[] normalized =
        CommandLineArgs.normalize(
            new String[] {
              "--concurrent",
              "8",
              "--enable-leader-election",
              "-log-level=debug",
              "--events-addr=http://notification-controller.flux-system.svc.cluster.local./",
              "--feature-gates=CacheSecretsAndConfigMaps=true"
            });

    assertThat(normalized)
        .containsExactly(
            "--concurrent=8",
            "--enable-leader-election=true",
            "--log-level=debug",
            "--events-addr=http://notification-controller.flux-system.svc.cluster.local./",
            "--feature-gates=CacheSecretsAndConfigMaps=true");
  }

  @Test
  void booleanFlagDoesNotSwallowTheNextFlag() {
    assertThat(CommandLineArgs.normalize(new String[] {"--watch-all-namespaces", "--concurrent=2"}))
        .containsExactly("--watch-all-namespaces=true", "--concurrent=2");
  }

  @Test
  void optionsReadFlagsWithUpstreamDefaults() {
    Map<String, String> flags = new HashMap<>();
    flags.put("watch-all-namespaces", "false");
    flags.put("enable-leader-election", "");
    flags.put("requeue-dependency", "1m30s");
    flags.put("metrics-addr", "127.0.0.1:9091");
    flags.put("RUNTIME_NAMESPACE", "gitops");

    FluxOptions options = FluxOptions.from(flags::get, "kustomize-controller");

    assertThat(options.watchedNamespaces()).containsExactly("gitops");
    assertThat(options.enableLeaderElection()).isTrue();
    assertThat(options.requeueDependency()).isEqualTo(Duration.ofSeconds(90));
    assertThat(options.metricsAddr()).isEqualTo(new ListenAddress("127.0.0.1", 9091));
    assertThat(options.healthAddr()).isEqualTo(new ListenAddress("0.0.0.0", 9440));
    assertThat(options.concurrent()).isEqualTo(4);
    assertThat(options.minRetryDelay()).isEqualTo(Duration.ofMillis(750));
    assertThat(options.maxRetryDelay()).isEqualTo(Duration.ofMinutes(15));
    assertThat(options.leaseName()).isEqualTo("kustomize-controller-leader-election");
  }

  @Test
  void goDurationsParseAndFormatLikeGo() {
    assertThat(GoDuration.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(GoDuration.parse("750ms")).isEqualTo(Duration.ofMillis(750));
    assertThat(GoDuration.parse("1.5s")).isEqualTo(Duration.ofMillis(1500));
    assertThat(GoDuration.format(Duration.ofMinutes(10))).isEqualTo("10m0s");
    assertThat(GoDuration.format(Duration.ofHours(1))).isEqualTo("1h0m0s");
    assertThat(GoDuration.format(Duration.ofMillis(1500))).isEqualTo("1.5s");
  }
}
