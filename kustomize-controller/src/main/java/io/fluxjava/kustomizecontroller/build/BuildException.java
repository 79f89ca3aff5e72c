package io.fluxjava.kustomizecontroller.build;

/**
 * The manifests of a revision could not be built; the message goes to the BuildFailed condition.
 */
public class BuildException extends RuntimeException {

  public BuildException(String message) {
    super(message);
  }

  public BuildException(String message, Throwable cause) {
    super(message, cause);
  }
}
