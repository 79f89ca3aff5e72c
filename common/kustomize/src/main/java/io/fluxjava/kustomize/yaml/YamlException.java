package io.fluxjava.kustomize.yaml;

/** A YAML document could not be read. */
public class YamlException extends RuntimeException {

  /** Creates the exception with a message. */
  public YamlException(String message) {
    super(message);
  }

  /** Creates the exception with a message and cause. */
  public YamlException(String message, Throwable cause) {
    super(message, cause);
  }
}
