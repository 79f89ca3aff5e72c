package io.fluxjava.testkit.oci;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/**
 * Signs artifacts in a {@link LocalRegistry} the way {@code cosign sign --key} stores signatures
 * (simple-signing payload at tag {@code sha256-<hex>.sig}, signature in a layer annotation), with a
 * fresh ECDSA P-256 key.
 */
public final class CosignSigner {

  private static final String PAYLOAD_TYPE = "application/vnd.dev.cosign.simplesigning.v1+json";

  private final KeyPair keys;

  private CosignSigner(KeyPair keys) {
    this.keys = keys;
  }

  /** A signer with a new key pair. */
  public static CosignSigner generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return new CosignSigner(generator.generateKeyPair());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The public key in PEM, as {@code cosign.pub}. */
  public String publicKeyPem() {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(keys.getPublic());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Pushes a signature of the manifest {@code digest} of {@code repository}. */
  public void sign(LocalRegistry registry, String repository, String digest) {
    byte[] payload =
        ("{\"critical\":{\"identity\":{\"docker-reference\":\""
                + registry.host()
                + "/"
                + repository
                + "\"},\"image\":{\"docker-manifest-digest\":\""
                + digest
                + "\"},\"type\":\"cosign container image signature\"},\"optional\":null}")
            .getBytes(StandardCharsets.UTF_8);
    String signature;
    try {
      Signature signer = Signature.getInstance("SHA256withECDSA");
      signer.initSign(keys.getPrivate());
      signer.update(payload);
      signature = Base64.getEncoder().encodeToString(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    byte[] config = "{}".getBytes(StandardCharsets.UTF_8);
    String configDigest = registry.pushBlob(repository, config);
    String payloadDigest = registry.pushBlob(repository, payload);
    String manifest =
        "{\"schemaVersion\":2,\"mediaType\":\""
            + LocalRegistry.OCI_MANIFEST
            + "\",\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\""
            + configDigest
            + "\",\"size\":"
            + config.length
            + "},\"layers\":[{\"mediaType\":\""
            + PAYLOAD_TYPE
            + "\",\"digest\":\""
            + payloadDigest
            + "\",\"size\":"
            + payload.length
            + ",\"annotations\":{\"dev.cosignproject.cosign/signature\":\""
            + signature
            + "\"}}]}";
    registry.pushManifest(
        repository, digest.replace(':', '-') + ".sig", LocalRegistry.OCI_MANIFEST, manifest);
  }
}
