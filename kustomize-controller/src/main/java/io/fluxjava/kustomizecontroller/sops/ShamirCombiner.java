package io.fluxjava.kustomizecontroller.sops;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rebuilds a data key split with Shamir's secret sharing over GF(2^8), as sops does for documents
 * with several key groups. Each part is the y bytes followed by one byte holding its x coordinate.
 */
final class ShamirCombiner {

  /** The AES field's reduction polynomial x^8 + x^4 + x^3 + x + 1, without the x^8 bit. */
  private static final int REDUCTION = 0x1b;

  private ShamirCombiner() {}

  /** Interpolates every byte position at x = 0 from the given parts. */
  static byte[] combine(List<byte[]> parts) {
    if (parts.size() < 2) {
      throw new SopsException("less than two Shamir parts cannot rebuild the data key");
    }
    int length = parts.get(0).length;
    Set<Integer> xs = new HashSet<>();
    for (byte[] part : parts) {
      if (part.length != length || length < 2) {
        throw new SopsException("Shamir parts of the data key differ in length");
      }
      if (!xs.add(part[length - 1] & 0xff)) {
        throw new SopsException("duplicate Shamir part of the data key");
      }
    }
    byte[] secret = new byte[length - 1];
    for (int index = 0; index < secret.length; index++) {
      secret[index] = (byte) interpolateAtZero(parts, index);
    }
    return secret;
  }

  private static int interpolateAtZero(List<byte[]> parts, int index) {
    int last = parts.get(0).length - 1;
    int result = 0;
    for (int i = 0; i < parts.size(); i++) {
      int xi = parts.get(i)[last] & 0xff;
      int basis = 1;
      for (int j = 0; j < parts.size(); j++) {
        if (i != j) {
          int xj = parts.get(j)[last] & 0xff;
          // Subtraction is XOR in GF(2^8), so (0 - xj) / (xi - xj) = xj / (xi ^ xj).
          basis = multiply(basis, divide(xj, xi ^ xj));
        }
      }
      result ^= multiply(parts.get(i)[index] & 0xff, basis);
    }
    return result;
  }

  static int multiply(int a, int b) {
    int product = 0;
    for (int bit = 7; bit >= 0; bit--) {
      boolean carry = (product & 0x80) != 0;
      product = (product << 1) & 0xff;
      if (carry) {
        product ^= REDUCTION;
      }
      if (((b >> bit) & 1) != 0) {
        product ^= a;
      }
    }
    return product;
  }

  private static int divide(int a, int b) {
    // b^254 is b's inverse, since the multiplicative group has order 255.
    int inverse = 1;
    for (int i = 0; i < 254; i++) {
      inverse = multiply(inverse, b);
    }
    return multiply(a, inverse);
  }
}
