package io.fluxjava.apply;

/** What the engine did to one object; the lower-case word is the one upstream puts in events. */
public enum ChangeAction {
  CREATED("created"),
  CONFIGURED("configured"),
  UNCHANGED("unchanged"),
  DELETED("deleted"),
  SKIPPED("skipped"),
  UNKNOWN("unknown");

  private final String word;

  ChangeAction(String word) {
    this.word = word;
  }

  /** The word written after the subject in change-set lines. */
  public String word() {
    return word;
  }

  /** True for the actions that wrote to the cluster during apply. */
  public boolean isWrite() {
    return this == CREATED || this == CONFIGURED;
  }
}
