package io.fluxjava.source.bucket;

import software.amazon.awssdk.http.SdkHttpClient;

/**
 * How to reach a bucket's object store: the endpoint URL (scheme from {@code insecure}), region,
 * addressing style, credentials (null for anonymous) and the HTTP client carrying TLS and timeouts.
 */
record BucketConnection(
    String endpointUrl,
    String region,
    boolean pathStyle,
    String accessKey,
    String secretKey,
    SdkHttpClient httpClient) {

  @Override
  public String toString() {
    return "BucketConnection[" + endpointUrl + ", region=" + region + "]";
  }
}
