package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import java.util.Map;

/** Provider settings for a test, built up one field at a time. */
final class ProviderBuilder {

  private final String type;
  private final String address;
  private String channel;
  private String username;
  private String token;
  private String password;
  private Map<String, String> headers;
  private String providerUid;

  ProviderBuilder(String type, String address) {
    this.type = type;
    this.address = address;
  }

  ProviderBuilder channel(String value) {
    this.channel = value;
    return this;
  }

  ProviderBuilder username(String value) {
    this.username = value;
    return this;
  }

  ProviderBuilder token(String value) {
    this.token = value;
    return this;
  }

  ProviderBuilder password(String value) {
    this.password = value;
    return this;
  }

  ProviderBuilder headers(Map<String, String> value) {
    this.headers = value;
    return this;
  }

  ProviderBuilder providerUid(String value) {
    this.providerUid = value;
    return this;
  }

  ProviderSettings settings() {
    return new ProviderSettings(
        type, address, channel, username, token, password, headers, null, null, null, providerUid);
  }

  /** The notifier the factory makes of these settings. */
  Notifier notifier() {
    return NotifierFactory.create(settings());
  }

  /** Sends one event through a new notifier. */
  void post(Event event) throws NotificationException {
    notifier().post(event);
  }
}
