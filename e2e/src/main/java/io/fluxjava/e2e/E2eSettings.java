package io.fluxjava.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/** Where the project checkout is and which version of the controller jars to start. */
public final class E2eSettings {

  private E2eSettings() {}

  /** The checkout root: {@code -Dflux.root}, else the working directory. */
  public static Path projectRoot() {
    return Path.of(System.getProperty("flux.root", ".")).toAbsolutePath().normalize();
  }

  /** The project version this module was built with, which the controller jars carry too. */
  public static String version() {
    Properties properties = new Properties();
    try (InputStream in = E2eSettings.class.getResourceAsStream("/flux-e2e.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }
}
