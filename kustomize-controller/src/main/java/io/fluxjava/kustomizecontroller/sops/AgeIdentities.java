package io.fluxjava.kustomizecontroller.sops;

import com.exceptionfactory.jagged.RecipientStanzaReader;
import com.exceptionfactory.jagged.x25519.X25519RecipientStanzaReaderFactory;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads age identity files: one identity per line, blank lines and {@code #} comments allowed.
 * X25519 ({@code AGE-SECRET-KEY-1…}) and hybrid post-quantum ({@code AGE-SECRET-KEY-PQ-1…})
 * identities become stanza readers; plugin identities, which would need an external program, are
 * counted so that a failed decryption can say why.
 */
final class AgeIdentities {

  private static final String X25519_PREFIX = "AGE-SECRET-KEY-1";
  private static final String PLUGIN_PREFIX = "AGE-PLUGIN-";

  private final List<RecipientStanzaReader> readers = new ArrayList<>();
  private int pluginIdentities;

  /** Adds the identities of one Secret entry; {@code entry} names it in errors. */
  void add(String text, String entry) {
    String[] lines = text.split("\\R");
    for (int number = 1; number <= lines.length; number++) {
      String line = lines[number - 1].trim();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith(PLUGIN_PREFIX)) {
        pluginIdentities++;
      } else if (line.startsWith(X25519_PREFIX)
          || line.startsWith(PostQuantumStanzaReader.IDENTITY_PREFIX)) {
        readers.add(reader(line, entry, number));
      } else {
        throw new SopsException(
            "failed to import '" + entry + "': line " + number + " is not an age identity");
      }
    }
  }

  /** One reader per usable identity, in the order they were found. */
  List<RecipientStanzaReader> readers() {
    return List.copyOf(readers);
  }

  /** How many plugin identities were skipped. */
  int pluginIdentityCount() {
    return pluginIdentities;
  }

  private static RecipientStanzaReader reader(String identity, String entry, int line) {
    try {
      return identity.startsWith(X25519_PREFIX)
          ? X25519RecipientStanzaReaderFactory.newRecipientStanzaReader(identity)
          : PostQuantumStanzaReader.fromIdentity(identity);
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new SopsException(
          "failed to import '" + entry + "': invalid age identity on line " + line);
    }
  }
}
