package io.fluxjava.apply;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.HttpURLConnection;
import java.util.regex.Pattern;

/**
 * Recognises API errors caused by a change to an immutable field, the way upstream (and kubectl)
 * does: any Conflict or Invalid answer, or a message from a webhook or CEL rule saying so.
 */
public final class ImmutableFieldErrors {

  private static final int UNPROCESSABLE_ENTITY = 422;
  private static final Pattern IMMUTABLE_MESSAGE =
      Pattern.compile("is\\simmutable|immutable\\sfield");

  private ImmutableFieldErrors() {}

  public static boolean isImmutable(KubernetesClientException error) {
    int code = error.getCode();
    if (code == HttpURLConnection.HTTP_CONFLICT || code == UNPROCESSABLE_ENTITY) {
      return true;
    }
    return IMMUTABLE_MESSAGE.matcher(ApiErrors.message(error)).find();
  }
}
