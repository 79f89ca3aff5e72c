package io.fluxjava.source.oci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Verifies cosign key-pair signatures offline: the signature artifact at tag {@code
 * sha256-<hex>.sig} holds simple-signing payloads whose layer annotation carries the signature; one
 * payload that names the artifact digest and verifies with one of the public keys is enough.
 * Transparency-log (Rekor) checks and keyless (OIDC) signatures are not done.
 */
final class CosignVerifier {

  /** The layer annotation holding the base64 signature. */
  static final String SIGNATURE_ANNOTATION = "dev.cosignproject.cosign/signature";

  private static final String PUBLIC_KEY_SUFFIX = ".pub";
  private static final long MAX_PAYLOAD = 1024 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<PublicKey> keys;

  private CosignVerifier(List<PublicKey> keys) {
    this.keys = keys;
  }

  /** A verifier for every {@code *.pub} PEM key of a Secret. */
  static CosignVerifier fromSecret(Map<String, byte[]> data) throws GeneralSecurityException {
    List<PublicKey> keys = new ArrayList<>();
    for (Map.Entry<String, byte[]> entry : data.entrySet()) {
      if (entry.getKey().endsWith(PUBLIC_KEY_SUFFIX)) {
        keys.add(
            parse(
                entry.getKey(),
                new String(entry.getValue(), java.nio.charset.StandardCharsets.UTF_8)));
      }
    }
    if (keys.isEmpty()) {
      throw new GeneralSecurityException("no public keys (*.pub) found in the verification secret");
    }
    return new CosignVerifier(List.copyOf(keys));
  }

  /** Whether a valid signature of {@code digest} exists next to it in {@code repo}. */
  boolean verify(RegistryClient client, OciReference repo, String digest) throws IOException {
    OciManifest signatures;
    try {
      signatures = client.manifest(repo, digest.replace(':', '-') + ".sig");
    } catch (IOException e) {
      return false;
    }
    for (OciManifest.Layer layer : signatures.layers()) {
      String signature = layer.annotations().get(SIGNATURE_ANNOTATION);
      if (signature == null || layer.size() > MAX_PAYLOAD) {
        continue;
      }
      byte[] payload;
      try (InputStream in = client.blob(repo, layer.digest())) {
        payload = in.readNBytes((int) layer.size());
      }
      if (namesDigest(payload, digest) && signedByAnyKey(payload, signature)) {
        return true;
      }
    }
    return false;
  }

  private static boolean namesDigest(byte[] payload, String digest) {
    try {
      JsonNode critical = JSON.readTree(payload).path("critical");
      return digest.equals(critical.path("image").path("docker-manifest-digest").asText());
    } catch (IOException e) {
      return false;
    }
  }

  private boolean signedByAnyKey(byte[] payload, String base64Signature) {
    byte[] signature;
    try {
      signature = Base64.getDecoder().decode(base64Signature);
    } catch (IllegalArgumentException e) {
      return false;
    }
    for (PublicKey key : keys) {
      try {
        Signature verifier = Signature.getInstance(algorithmFor(key));
        verifier.initVerify(key);
        verifier.update(payload);
        if (verifier.verify(signature)) {
          return true;
        }
      } catch (GeneralSecurityException e) {
        // A signature of another key type or a malformed one does not verify with this key.
      }
    }
    return false;
  }

  private static String algorithmFor(PublicKey key) {
    return switch (key.getAlgorithm()) {
      case "EC" -> "SHA256withECDSA";
      case "RSA" -> "SHA256withRSA";
      default -> "Ed25519";
    };
  }

  private static PublicKey parse(String name, String pem) throws GeneralSecurityException {
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      Object parsed = parser.readObject();
      if (parsed instanceof SubjectPublicKeyInfo info) {
        return new JcaPEMKeyConverter().getPublicKey(info);
      }
    } catch (IOException e) {
      throw new GeneralSecurityException("invalid public key '" + name + "': " + e.getMessage(), e);
    }
    throw new GeneralSecurityException("invalid public key '" + name + "': not a PEM public key");
  }
}
