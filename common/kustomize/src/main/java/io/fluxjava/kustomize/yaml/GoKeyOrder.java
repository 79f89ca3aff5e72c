package io.fluxjava.kustomize.yaml;

import java.util.Comparator;

/**
 * The order in which kustomize's YAML writer (go-yaml v2) sorts mapping keys: runs of digits
 * compare as numbers, letters compare by code point, and any other character sorts before a letter.
 */
public final class GoKeyOrder implements Comparator<String> {

  /** Shared instance; the comparator has no state. */
  public static final GoKeyOrder INSTANCE = new GoKeyOrder();

  private GoKeyOrder() {}

  @Override
  public int compare(String left, String right) {
    if (left.equals(right)) {
      return 0;
    }
    return less(left.codePoints().toArray(), right.codePoints().toArray()) ? -1 : 1;
  }

  private static boolean less(int[] a, int[] b) {
    for (int i = 0; i < a.length && i < b.length; i++) {
      if (a[i] == b[i]) {
        continue;
      }
      boolean aLetter = Character.isLetter(a[i]);
      boolean bLetter = Character.isLetter(b[i]);
      if (aLetter && bLetter) {
        return a[i] < b[i];
      }
      if (aLetter || bLetter) {
        return bLetter;
      }
      return lessNumeric(a, b, i);
    }
    return a.length < b.length;
  }

  private static boolean lessNumeric(int[] a, int[] b, int i) {
    long an = 0;
    long bn = 0;
    if (a[i] == '0' || b[i] == '0') {
      // a zero inside a longer number is an ordinary digit, not a leading zero
      for (int j = i - 1; j >= 0 && Character.isDigit(a[j]); j--) {
        if (a[j] != '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    int ai = i;
    while (ai < a.length && Character.isDigit(a[ai])) {
      an = an * 10 + (a[ai] - '0');
      ai++;
    }
    int bi = i;
    while (bi < b.length && Character.isDigit(b[bi])) {
      bn = bn * 10 + (b[bi] - '0');
      bi++;
    }
    if (an != bn) {
      return an < bn;
    }
    if (ai != bi) {
      return ai < bi;
    }
    return a[i] < b[i];
  }
}
