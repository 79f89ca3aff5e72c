package io.fluxjava.notification.providers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Compares JSON documents as trees, so key order does not matter but every value does. */
public final class JsonAssert {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonAssert() {}

  public static void assertJsonEquals(String expected, String actual) {
    try {
      assertThat(MAPPER.readTree(actual)).isEqualTo(MAPPER.readTree(expected));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
