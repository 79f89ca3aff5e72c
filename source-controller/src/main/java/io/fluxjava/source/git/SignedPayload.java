package io.fluxjava.source.git;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTag;

/**
 * The bytes a signature covers and the signature itself: for a commit, the raw object without its
 * {@code gpgsig} header; for a tag, the raw object up to the signature block appended to its
 * message.
 */
record SignedPayload(byte[] data, byte[] signature) {

  private static final byte[] GPGSIG_HEADER = "gpgsig ".getBytes(StandardCharsets.US_ASCII);

  static SignedPayload of(RevCommit commit) {
    byte[] raw = commit.getRawBuffer();
    ByteArrayOutputStream data = new ByteArrayOutputStream(raw.length);
    int pos = 0;
    boolean inSignature = false;
    boolean inHeaders = true;
    while (pos < raw.length) {
      int end = lineEnd(raw, pos);
      if (inHeaders && end - pos == 1) {
        inHeaders = false;
      }
      boolean continuation = raw[pos] == ' ';
      if (inHeaders && startsWith(raw, pos, GPGSIG_HEADER)) {
        inSignature = true;
      } else if (!(inSignature && continuation)) {
        inSignature = false;
        data.write(raw, pos, end - pos);
      }
      pos = end;
    }
    return new SignedPayload(data.toByteArray(), commit.getRawGpgSignature());
  }

  static SignedPayload of(RevTag tag) {
    byte[] raw = tag.getRawBuffer();
    byte[] signature = tag.getRawGpgSignature();
    int dataLength = signature == null ? raw.length : raw.length - signature.length;
    byte[] data = new byte[dataLength];
    System.arraycopy(raw, 0, data, 0, dataLength);
    return new SignedPayload(data, signature);
  }

  boolean isSigned() {
    return signature != null && signature.length > 0;
  }

  boolean isSsh() {
    return new String(signature, StandardCharsets.US_ASCII).contains("BEGIN SSH SIGNATURE");
  }

  private static int lineEnd(byte[] raw, int from) {
    int i = from;
    while (i < raw.length && raw[i] != '\n') {
      i++;
    }
    return Math.min(i + 1, raw.length);
  }

  private static boolean startsWith(byte[] raw, int from, byte[] prefix) {
    if (from + prefix.length > raw.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (raw[from + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
