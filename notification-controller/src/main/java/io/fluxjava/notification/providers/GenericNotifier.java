package io.fluxjava.notification.providers;

import io.fluxjava.notification.events.Event;
import io.fluxjava.notification.events.EventCodec;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code generic} and {@code generic-hmac}: POSTs the event JSON itself, with the {@code
 * gotk-component} header and the Secret's extra headers; the HMAC variant signs the body with the
 * token in {@code X-Signature: sha256=<hex>}.
 */
final class GenericNotifier extends HttpNotifier {

  /** Header naming the controller that emitted the event. */
  static final String COMPONENT_HEADER = "gotk-component";

  /** Header carrying the HMAC of the body for {@code generic-hmac}. */
  static final String SIGNATURE_HEADER = "X-Signature";

  private static final EventCodec CODEC = new EventCodec();

  private final byte[] hmacKey;

  GenericNotifier(ProviderSettings settings, boolean signed) {
    super(settings);
    if (signed && settings.token().isEmpty()) {
      throw new IllegalArgumentException("generic-hmac needs a token");
    }
    this.hmacKey = signed ? settings.token().getBytes(StandardCharsets.UTF_8) : null;
  }

  @Override
  public void post(Event event) throws NotificationException {
    byte[] body = CODEC.write(event);
    Map<String, String> headers = new HashMap<>();
    headers.put(COMPONENT_HEADER, event.reportingController());
    headers.putAll(settings.headers());
    if (hmacKey != null) {
      headers.put(SIGNATURE_HEADER, "sha256=" + hmacSha256(hmacKey, body));
    }
    http.send("POST", settings.address(), body, headers);
  }

  /** Hex HMAC-SHA256 of a body. */
  static String hmacSha256(byte[] key, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
