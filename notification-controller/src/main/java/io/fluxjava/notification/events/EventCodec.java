package io.fluxjava.notification.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;

/** Reads events from JSON (with validation) and writes them back as JSON. */
public final class EventCodec {

  private static final Set<String> SEVERITIES =
      Set.of(Event.SEVERITY_INFO, Event.SEVERITY_ERROR, Event.SEVERITY_TRACE);

  private final ObjectMapper mapper =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Parses and validates an event; throws when the JSON is bad or a required field is missing. */
  public Event read(byte[] body) throws InvalidEventException {
    Event event;
    try {
      event = mapper.readValue(body, Event.class);
    } catch (JsonProcessingException e) {
      throw new InvalidEventException("failed to decode event: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new InvalidEventException("failed to read event", e);
    }
    if (event == null) {
      throw new InvalidEventException("empty event");
    }
    validate(event);
    return event;
  }

  /** The event as JSON bytes, in upstream's field order. */
  public byte[] write(Event event) {
    try {
      return mapper.writeValueAsBytes(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an event always serialises", e);
    }
  }

  private static void validate(Event event) throws InvalidEventException {
    InvolvedObject object = event.involvedObject();
    if (object == null) {
      throw new InvalidEventException("missing involvedObject");
    }
    require(object.kind(), "involvedObject.kind");
    require(object.name(), "involvedObject.name");
    require(object.namespace(), "involvedObject.namespace");
    require(event.message(), "message");
    require(event.reason(), "reason");
    require(event.timestamp(), "timestamp");
    if (!SEVERITIES.contains(event.severity())) {
      throw new InvalidEventException("invalid severity '" + event.severity() + "'");
    }
    try {
      OffsetDateTime.parse(event.timestamp());
    } catch (DateTimeParseException e) {
      throw new InvalidEventException("invalid timestamp '" + event.timestamp() + "'", e);
    }
  }

  private static void require(String value, String field) throws InvalidEventException {
    if (value == null || value.isEmpty()) {
      throw new InvalidEventException("missing " + field);
    }
  }
}
