package io.fluxjava.notification.receivers;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;

/** {@code nexus}: {@code X-Nexus-Webhook-Signature} is the hex HMAC-SHA1 of the JSON body. */
final class NexusValidator implements ReceiverValidator {

  static final String SIGNATURE = "X-Nexus-Webhook-Signature";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public boolean validate(WebhookRequest request, ReceiverSettings settings)
      throws WebhookRejectedException {
    String signature = request.header(SIGNATURE);
    if (signature.isEmpty()) {
      throw WebhookRejectedException.unauthorized("Nexus signature is missing from header");
    }
    String expected = Signatures.hmacHex("HmacSHA1", settings.token(), request.body());
    if (!Signatures.constantTimeEquals(expected, signature.toLowerCase(Locale.ROOT))) {
      throw WebhookRejectedException.unauthorized("invalid Nexus signature");
    }
    try {
      MAPPER.readTree(request.body());
    } catch (IOException e) {
      throw WebhookRejectedException.badRequest("cannot decode Nexus webhook payload");
    }
    return true;
  }
}
