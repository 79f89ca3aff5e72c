package io.fluxjava.api.helm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fluxjava.api.meta.JsonEnums;

/** What happens when the chart name of a release changes. */
public enum ChartNameChangeStrategy {
  @JsonProperty("InPlaceUpdate")
  IN_PLACE_UPDATE,
  @JsonProperty("Reinstall")
  REINSTALL;

  /** Reads a JSON value; null when this version does not know it. */
  @JsonCreator
  public static ChartNameChangeStrategy fromJson(String value) {
    return JsonEnums.fromJson(ChartNameChangeStrategy.class, value);
  }
}
