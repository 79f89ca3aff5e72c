package io.fluxjava.api.meta;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Maps the enums of the model to and from their JSON values (the {@code @JsonProperty} names of
 * their constants). Unknown values read as null, so an object written by a newer Flux still loads.
 */
public final class JsonEnums {

  private JsonEnums() {}

  /** The constant whose JSON value is {@code value}, or null when there is none. */
  public static <E extends Enum<E>> E fromJson(Class<E> type, String value) {
    for (E constant : type.getEnumConstants()) {
      if (toJson(constant).equals(value)) {
        return constant;
      }
    }
    return null;
  }

  /** The JSON value of a constant, e.g. {@code "github"} for {@code GitProvider.GITHUB}. */
  public static String toJson(Enum<?> constant) {
    try {
      JsonProperty property =
          constant.getDeclaringClass().getField(constant.name()).getAnnotation(JsonProperty.class);
      return property == null ? constant.name() : property.value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("enum constant without a field: " + constant, e);
    }
  }
}
