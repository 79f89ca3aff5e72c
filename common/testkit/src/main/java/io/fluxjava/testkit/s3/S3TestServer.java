package io.fluxjava.testkit.s3;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * An S3 API server on loopback: s3proxy in-process over an in-memory blob store, with AWS v2/v4
 * signature checks against one access key pair.
 */
public final class S3TestServer implements AutoCloseable {

  /** The access key every test client uses. */
  public static final String ACCESS_KEY = "flux-test-access";

  /** The secret key every test client uses. */
  public static final String SECRET_KEY = "flux-test-secret";

  private final S3Proxy proxy;
  private final BlobStoreContext context;

  private S3TestServer(S3Proxy proxy, BlobStoreContext context) {
    this.proxy = proxy;
    this.context = context;
  }

  /** Starts the server on a free loopback port. */
  public static S3TestServer start() {
    BlobStoreContext context =
        ContextBuilder.newBuilder("transient")
            .credentials("identity", "credential")
            .overrides(new Properties())
            .build(BlobStoreContext.class);
    S3Proxy proxy =
        S3Proxy.builder()
            .blobStore(context.getBlobStore())
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
            .endpoint(URI.create("http://127.0.0.1:0"))
            .build();
    try {
      proxy.start();
      while (!proxy.getState().equals("STARTED")) {
        Thread.sleep(10);
      }
    } catch (Exception e) {
      context.close();
      throw new IllegalStateException("cannot start s3proxy", e);
    }
    return new S3TestServer(proxy, context);
  }

  /** {@code host:port}, as a Bucket's {@code spec.endpoint}. */
  public String endpoint() {
    return "127.0.0.1:" + proxy.getPort();
  }

  /** Creates a bucket. */
  public void createBucket(String bucket) {
    blobStore().createContainerInLocation(null, bucket);
  }

  /** Writes an object with UTF-8 text content. */
  public void put(String bucket, String key, String content) {
    BlobStore store = blobStore();
    store.putBlob(
        bucket, store.blobBuilder(key).payload(content.getBytes(StandardCharsets.UTF_8)).build());
  }

  /** Deletes an object. */
  public void delete(String bucket, String key) {
    blobStore().removeBlob(bucket, key);
  }

  @Override
  public void close() {
    try {
      proxy.stop();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop s3proxy", e);
    } finally {
      context.close();
    }
  }

  private BlobStore blobStore() {
    return context.getBlobStore();
  }
}
