package io.fluxjava.testkit.sops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Age identities made in-process, in the text forms age and sops read. */
class AgeKeyPairTest {

  @Test
  void keyFileHoldsTheRecipientCommentAndTheSecretKey() {
    AgeKeyPair key = AgeKeyPair.generate();

    assertThat(key.identity()).startsWith("AGE-SECRET-KEY-1").hasSize(74);
    assertThat(key.recipient()).startsWith("age1").hasSize(62);
    assertThat(key.keyFile())
        .contains("# public key: " + key.recipient() + "\n")
        .endsWith(key.identity() + "\n");
  }

  @Test
  void eachCallMakesANewIdentityThatIsNeverPrinted() {
    AgeKeyPair first = AgeKeyPair.generate();
    AgeKeyPair second = AgeKeyPair.generate();

    assertThat(first.identity()).isNotEqualTo(second.identity());
    assertThat(first.toString()).contains(first.recipient()).doesNotContain(first.identity());
  }
}
