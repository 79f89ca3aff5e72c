package io.fluxjava.kustomize;

import java.util.regex.Pattern;

/** A container image string split into name, tag and digest as kustomize splits it. */
record ImageReference(String name, String tag, String digest) {

  static ImageReference parse(String image) {
    int slash = image.indexOf('/');
    int offset = slash > 0 ? slash : 0;
    String search = image.substring(offset);
    int at = search.indexOf('@');
    int colon = search.indexOf(':');
    if (colon < 0 && at < 0) {
      return new ImageReference(image, "", "");
    }
    if (at >= 0 && (at < colon || colon < 0)) {
      return new ImageReference(
          image.substring(0, at + offset), "", image.substring(at + offset + 1));
    }
    if (at >= 0) {
      return new ImageReference(
          image.substring(0, colon + offset),
          image.substring(colon + offset + 1, at + offset),
          image.substring(at + offset + 1));
    }
    return new ImageReference(
        image.substring(0, colon + offset), image.substring(colon + offset + 1), "");
  }

  /** Whether an image string refers to the image name an {@code images} entry targets. */
  static boolean matches(String image, String targetName) {
    try {
      return Pattern.compile("^" + targetName + "(@sha256)?(:[a-zA-Z0-9_.{}-]*)?$")
          .matcher(image)
          .find();
    } catch (java.util.regex.PatternSyntaxException e) {
      return false;
    }
  }

  String format() {
    String result = name;
    if (!tag.isEmpty()) {
      result += ":" + tag;
    }
    if (!digest.isEmpty()) {
      result += "@" + digest;
    }
    return result;
  }
}
