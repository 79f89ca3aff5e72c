package io.fluxjava.source.git;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.SignatureVerifier;
import org.eclipse.jgit.lib.SignatureVerifiers;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTag;

/**
 * {@code spec.verify}: checks the commit and/or tag signature against the Secret's keys. OpenPGP
 * signatures are checked with Bouncy Castle against the {@code *.asc} keys (JGit's own OpenPGP
 * verifier only reads the user's GnuPG keyring); SSH signatures with JGit's SSH verifier against an
 * allowed-signers file made from the {@code *.sshpub} keys.
 */
final class CommitSignatures {

  private static final String PGP_SUFFIX = ".asc";
  private static final String SSH_SUFFIX = ".sshpub";

  private final VerificationRequest request;

  CommitSignatures(VerificationRequest request) {
    this.request = request;
  }

  /** Returns upstream's success message, or throws a VERIFICATION failure. */
  String verify(Repository repository, RevCommit commit, RevTag tag) throws IOException {
    List<String> lines = new ArrayList<>();
    if (request.mode().includesTag()) {
      if (tag == null) {
        throw failure("cannot verify tag object's signature if a tag reference is not specified");
      }
      String key = verifyOne(repository, SignedPayload.of(tag), "tag '" + tag.getTagName() + "'");
      lines.add("\t- tag '" + tag.getTagName() + "' with key '" + key + "'");
    }
    if (request.mode().includesHead()) {
      String key =
          verifyOne(repository, SignedPayload.of(commit), "commit '" + commit.name() + "'");
      lines.add("\t- commit '" + commit.name() + "' with key '" + key + "'");
    }
    return "verified signature of\n" + String.join("\n", lines);
  }

  private String verifyOne(Repository repository, SignedPayload payload, String what)
      throws GitException {
    if (!payload.isSigned()) {
      throw failure("signature verification of " + what + " failed: object is not signed");
    }
    try {
      return payload.isSsh() ? verifySsh(repository, payload) : verifyPgp(payload);
    } catch (IOException | PGPException | RuntimeException e) {
      throw failure("signature verification of " + what + " failed: " + e.getMessage());
    }
  }

  private String verifyPgp(SignedPayload payload) throws IOException, PGPException {
    PGPSignature signature = readSignature(payload.signature());
    for (Map.Entry<String, byte[]> key : keysEndingWith(PGP_SUFFIX)) {
      PGPPublicKey publicKey = readKeyRings(key.getValue()).getPublicKey(signature.getKeyID());
      if (publicKey != null) {
        signature.init(new BcPGPContentVerifierBuilderProvider(), publicKey);
        signature.update(payload.data());
        if (signature.verify()) {
          return HexFormat.of().formatHex(publicKey.getFingerprint()).toUpperCase(Locale.ROOT);
        }
        throw new IOException("signature does not match key '" + key.getKey() + "'");
      }
    }
    throw new IOException(
        "no key in the secret matches key ID "
            + Long.toHexString(signature.getKeyID()).toUpperCase(Locale.ROOT));
  }

  private String verifySsh(Repository repository, SignedPayload payload) throws IOException {
    List<Map.Entry<String, byte[]>> keys = keysEndingWith(SSH_SUFFIX);
    if (keys.isEmpty()) {
      throw new IOException("no SSH public keys (*.sshpub) in the secret");
    }
    Path allowedSigners = Files.createTempFile("allowed-signers-", "");
    try {
      StringBuilder lines = new StringBuilder();
      for (Map.Entry<String, byte[]> key : keys) {
        for (String line : new String(key.getValue(), StandardCharsets.UTF_8).lines().toList()) {
          if (!line.isBlank() && !line.startsWith("#")) {
            // Any principal: upstream trusts a key, not an identity.
            lines.append("* ").append(line.strip()).append('\n');
          }
        }
      }
      Files.writeString(allowedSigners, lines);
      Config config = new Config();
      config.setString("gpg", "ssh", "allowedSignersFile", allowedSigners.toString());
      SignatureVerifier verifier = SignatureVerifiers.get(GpgConfig.GpgFormat.SSH);
      if (verifier == null) {
        throw new IOException("SSH signature verification is not available");
      }
      SignatureVerifier.SignatureVerification result =
          verifier.verify(repository, new GpgConfig(config), payload.data(), payload.signature());
      if (result == null || !result.verified()) {
        throw new IOException(
            result == null || result.message() == null ? "invalid signature" : result.message());
      }
      return result.keyFingerprint();
    } finally {
      Files.deleteIfExists(allowedSigners);
    }
  }

  private List<Map.Entry<String, byte[]>> keysEndingWith(String suffix) {
    return request.keys().entrySet().stream()
        .filter(e -> e.getKey().endsWith(suffix))
        .sorted(Map.Entry.comparingByKey())
        .toList();
  }

  private static PGPSignature readSignature(byte[] armored) throws IOException {
    try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(armored))) {
      Object object = new BcPGPObjectFactory(in).nextObject();
      if (object instanceof PGPSignatureList list && !list.isEmpty()) {
        return list.get(0);
      }
      throw new IOException("no OpenPGP signature found");
    }
  }

  private static PGPPublicKeyRingCollection readKeyRings(byte[] armored)
      throws IOException, PGPException {
    try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(armored))) {
      return new PGPPublicKeyRingCollection(in, new BcKeyFingerprintCalculator());
    }
  }

  private static GitException failure(String message) {
    return new GitException(GitException.Kind.VERIFICATION, message);
  }
}
