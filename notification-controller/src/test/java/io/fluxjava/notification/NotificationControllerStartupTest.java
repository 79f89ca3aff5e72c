package io.fluxjava.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluxjava.runtime.spring.FluxApplication;
import io.fluxjava.testkit.ControllerApp;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The process starts against an API server, becomes ready, runs its controllers and logs JSON. */
@ExtendWith(OutputCaptureExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class NotificationControllerStartupTest {

  @Test
  void startsReadyWithItsControllersAndLogsJson(CapturedOutput output) throws Exception {
    try (ControllerApp app =
        ControllerApp.start(
            args -> FluxApplication.run(NotificationControllerApplication.class, args),
            "--events-addr=127.0.0.1:0",
            "--receiverAddr=127.0.0.1:0")) {
      assertThat(app.probe("/healthz")).isEqualTo(200);
      assertThat(app.registeredControllers()).containsExactly("receiver");
      assertThat(output.getOut()).containsPattern(ControllerApp.STARTED_LOG_LINE);
    }
  }
}
