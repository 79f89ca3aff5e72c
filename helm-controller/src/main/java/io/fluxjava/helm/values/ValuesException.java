package io.fluxjava.helm.values;

/** A {@code valuesFrom} reference that cannot be resolved, or values that cannot be parsed. */
public class ValuesException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ValuesException(String message) {
    super(message);
  }
}
