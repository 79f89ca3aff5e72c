package io.fluxjava.notification.providers;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the notifier tests: a recording server per test and Providers addressed to it. */
abstract class NotifierTestSupport {

  protected RecordingServer server;

  @BeforeEach
  void startServer() throws IOException {
    server = RecordingServer.start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  /** A Provider of {@code type} whose address is {@code path} on the recording server. */
  protected ProviderBuilder provider(String type, String path) {
    return new ProviderBuilder(type, server.url(path));
  }
}
