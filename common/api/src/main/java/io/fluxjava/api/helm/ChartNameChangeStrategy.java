package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What happens when the chart name of a release changes. */
public enum ChartNameChangeStrategy {
  @JsonProperty("InPlaceUpdate")
  IN_PLACE_UPDATE,
  @JsonProperty("Reinstall")
  REINSTALL
}
