package io.fluxjava.source.bucket;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Any S3 API (AWS, MinIO, GCS interoperability, s3proxy) through the AWS SDK v2. */
final class S3BucketObjects implements BucketObjects {

  private final S3Client s3;

  S3BucketObjects(S3Client s3) {
    this.s3 = s3;
  }

  /** A path-style client on {@code endpoint} (empty credentials: anonymous). */
  static S3BucketObjects connect(BucketConnection connection) {
    AwsCredentialsProvider credentials =
        connection.accessKey() == null
            ? AnonymousCredentialsProvider.create()
            : StaticCredentialsProvider.create(
                AwsBasicCredentials.create(connection.accessKey(), connection.secretKey()));
    S3Client client =
        S3Client.builder()
            .endpointOverride(URI.create(connection.endpointUrl()))
            .region(Region.of(connection.region()))
            .credentialsProvider(credentials)
            .serviceConfiguration(
                S3Configuration.builder()
                    .pathStyleAccessEnabled(connection.pathStyle())
                    .chunkedEncodingEnabled(false)
                    .build())
            .httpClient(connection.httpClient())
            .build();
    return new S3BucketObjects(client);
  }

  @Override
  public boolean exists(String bucket) throws IOException {
    try {
      s3.headBucket(HeadBucketRequest.builder().bucket(bucket).build());
      return true;
    } catch (NoSuchBucketException e) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw new IOException(describe(e), e);
    } catch (SdkException e) {
      throw new IOException(describe(e), e);
    }
  }

  @Override
  public void visit(String bucket, String prefix, BiConsumer<String, String> visitor)
      throws IOException {
    try {
      ListObjectsV2Request.Builder request = ListObjectsV2Request.builder().bucket(bucket);
      if (prefix != null && !prefix.isEmpty()) {
        request.prefix(prefix);
      }
      for (S3Object object : s3.listObjectsV2Paginator(request.build()).contents()) {
        visitor.accept(object.key(), object.eTag());
      }
    } catch (SdkException e) {
      throw new IOException(describe(e), e);
    }
  }

  @Override
  public boolean download(String bucket, String key, Path target) throws IOException {
    try {
      Files.createDirectories(target.getParent());
      Files.deleteIfExists(target);
      s3.getObject(
          GetObjectRequest.builder().bucket(bucket).key(key).build(),
          ResponseTransformer.toFile(target));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (SdkException e) {
      throw new IOException(describe(e), e);
    }
  }

  @Override
  public void close() {
    s3.close();
  }

  // The SDK's messages carry request ids but never credentials.
  private static String describe(SdkException e) {
    return e.getMessage();
  }
}
