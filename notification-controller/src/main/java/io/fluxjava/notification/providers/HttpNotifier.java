package io.fluxjava.notification.providers;

/** A notifier that talks HTTP: the Provider's settings and the client configured from them. */
abstract class HttpNotifier implements Notifier {

  protected final ProviderSettings settings;
  protected final HttpSender http;

  HttpNotifier(ProviderSettings settings) {
    this.settings = settings;
    this.http = new HttpSender(settings);
  }
}
