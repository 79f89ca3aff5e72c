package io.fluxjava.runtime.spring;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import io.fluxjava.runtime.logging.LogKeys;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLogFormatter;

/**
 * Writes log lines as upstream Flux's zap encoder does: {@code level}, {@code ts}, {@code logger},
 * {@code msg}, the per-reconcile keys of {@link LogKeys}, and {@code error} with a stack trace.
 * Selected by {@code --log-encoding=json} through {@code logging.structured.format.console}.
 */
public final class FluxJsonLogFormatter implements StructuredLogFormatter<ILoggingEvent> {

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneOffset.UTC);

  private final JsonWriter<ILoggingEvent> writer =
      JsonWriter.<ILoggingEvent>of(
              members -> {
                members.add("level", event -> event.getLevel().toString().toLowerCase(Locale.ROOT));
                members.add(
                    "ts", event -> TIMESTAMP.format(Instant.ofEpochMilli(event.getTimeStamp())));
                members.add("logger", ILoggingEvent::getLoggerName);
                members.add("msg", ILoggingEvent::getFormattedMessage);
                for (String key : LogKeys.ALL) {
                  members.add(key, event -> event.getMDCPropertyMap().get(key)).whenHasLength();
                }
                members
                    .add("error", ILoggingEvent::getThrowableProxy)
                    .whenNotNull()
                    .as(FluxJsonLogFormatter::describe);
                members
                    .add("stacktrace", ILoggingEvent::getThrowableProxy)
                    .whenNotNull()
                    .as(ThrowableProxyUtil::asString);
              })
          .withNewLineAtEnd();

  @Override
  public String format(ILoggingEvent event) {
    return writer.writeToString(event);
  }

  private static String describe(IThrowableProxy error) {
    return error.getMessage() == null ? error.getClassName() : error.getMessage();
  }
}
