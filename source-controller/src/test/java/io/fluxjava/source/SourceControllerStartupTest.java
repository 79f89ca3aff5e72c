package io.fluxjava.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluxjava.runtime.spring.FluxApplication;
import io.fluxjava.testkit.ControllerApp;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The process starts against an API server, becomes ready, runs its controllers and logs JSON. */
@ExtendWith(OutputCaptureExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SourceControllerStartupTest {

  @Test
  void startsReadyWithItsControllersAndLogsJson(@TempDir Path storage, CapturedOutput output)
      throws Exception {
    try (ControllerApp app =
        ControllerApp.start(
            args -> FluxApplication.run(SourceControllerApplication.class, args),
            "--storage-addr=127.0.0.1:0",
            "--storage-path=" + storage)) {
      assertThat(app.probe("/healthz")).isEqualTo(200);
      assertThat(app.registeredControllers())
          .containsExactly(
              "bucket", "gitrepository", "helmchart", "helmrepository", "ocirepository");
      assertThat(output.getOut()).containsPattern(ControllerApp.STARTED_LOG_LINE);
    }
  }
}
