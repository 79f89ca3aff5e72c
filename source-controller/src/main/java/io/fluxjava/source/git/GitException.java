package io.fluxjava.source.git;

import java.io.IOException;

/** A Git operation failed; {@link #kind()} tells the reconciler which condition reason applies. */
public class GitException extends IOException {

  /** What went wrong, mapped to upstream's condition reasons by the reconciler. */
  public enum Kind {
    /** The Secret's credentials are missing or unusable. */
    AUTHENTICATION,
    /** Clone, fetch, ls-remote or checkout failed. */
    OPERATION,
    /** A commit or tag signature is missing or does not verify. */
    VERIFICATION
  }

  private final Kind kind;

  public GitException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public GitException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
