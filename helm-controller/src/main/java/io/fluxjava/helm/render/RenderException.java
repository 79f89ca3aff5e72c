package io.fluxjava.helm.render;

/** A chart that Helm could not render, with Helm's message. */
public class RenderException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
