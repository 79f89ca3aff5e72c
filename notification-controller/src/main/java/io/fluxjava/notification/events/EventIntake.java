package io.fluxjava.notification.events;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event server's logic without HTTP: validate, keep the allowed metadata, suppress duplicates,
 * drop the rate-limit token and hand the event on (to a router that must not block).
 */
public final class EventIntake {

  private static final Logger LOG = LoggerFactory.getLogger(EventIntake.class);

  private final EventCodec codec = new EventCodec();
  private final DuplicateSuppressor duplicates;
  private final Consumer<Event> router;

  public EventIntake(DuplicateSuppressor duplicates, Consumer<Event> router) {
    this.duplicates = duplicates;
    this.router = router;
  }

  /** Processes one posted body. */
  public IntakeResult receive(byte[] body) {
    Event event;
    try {
      event = MetadataFilter.filter(codec.read(body));
    } catch (InvalidEventException e) {
      LOG.debug("rejected event: {}", e.getMessage());
      return IntakeResult.INVALID;
    }
    if (!duplicates.admit(EventKey.of(event))) {
      return IntakeResult.DUPLICATE;
    }
    router.accept(MetadataFilter.withoutToken(event));
    return IntakeResult.ACCEPTED;
  }
}
