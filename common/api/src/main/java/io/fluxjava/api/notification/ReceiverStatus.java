package io.fluxjava.api.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fluxjava.api.ReconcileStatus;
import java.util.Objects;

/** Observed state of a Receiver. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ReceiverStatus extends ReconcileStatus {
  @JsonPropertyDescription("Webhook path: /hook/<sha256(token+name+namespace)>.")
  private String webhookPath;

  public String getWebhookPath() {
    return webhookPath;
  }

  public void setWebhookPath(String webhookPath) {
    this.webhookPath = webhookPath;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ReceiverStatus that = (ReceiverStatus) o;
    return super.equals(o) && Objects.equals(webhookPath, that.webhookPath);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), webhookPath);
  }
}
