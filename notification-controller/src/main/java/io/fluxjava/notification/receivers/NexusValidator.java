package io.fluxjava.notification.receivers;

import java.util.Locale;

/** {@code nexus}: {@code X-Nexus-Webhook-Signature} is the hex HMAC-SHA1 of the JSON body. */
final class NexusValidator implements ReceiverValidator {

  static final String SIGNATURE = "X-Nexus-Webhook-Signature";

  @Override
  public void validate(WebhookRequest request, ReceiverSettings settings)
      throws WebhookRejectedException {
    String signature = request.header(SIGNATURE);
    if (signature.isEmpty()) {
      throw new WebhookRejectedException("Nexus signature is missing from header");
    }
    String expected = Signatures.hmacHex("HmacSHA1", settings.token(), request.body());
    if (!Signatures.constantTimeEquals(expected, signature.toLowerCase(Locale.ROOT))) {
      throw new WebhookRejectedException("invalid Nexus signature");
    }
    JsonBody.parse(request.body(), "cannot decode Nexus webhook payload");
  }
}
