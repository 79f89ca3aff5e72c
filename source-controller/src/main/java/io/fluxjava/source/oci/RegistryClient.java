package io.fluxjava.source.oci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluxjava.source.support.SourceHttpClients;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * A client of the OCI distribution API for one registry host: tags, manifests and blobs, with basic
 * auth or the bearer-token flow a registry asks for in {@code WWW-Authenticate}.
 */
public final class RegistryClient {

  /** How to reach a registry. */
  public record Settings(
      boolean plainHttp,
      SSLContext tls,
      RegistryCredentials credentials,
      Duration timeout,
      ProxySelector proxy) {}

  private static final String ACCEPT_MANIFESTS =
      String.join(
          ",",
          "application/vnd.oci.image.manifest.v1+json",
          "application/vnd.docker.distribution.manifest.v2+json");
  private static final Pattern CHALLENGE_PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Settings settings;
  private final HttpClient http;
  private String authorization;

  public RegistryClient(Settings settings) {
    this.settings = settings;
    this.http = SourceHttpClients.create(settings.timeout(), settings.tls(), settings.proxy());
  }

  /** Checks that the registry answers {@code /v2/} with the configured credentials. */
  public void ping(String host) throws IOException {
    send(host, "/v2/", null, "", HttpResponse.BodyHandlers.discarding());
  }

  /** Every tag of a repository. */
  public List<String> tags(OciReference repo) throws IOException {
    JsonNode body =
        json(
            send(
                repo.host(),
                "/v2/" + repo.repository() + "/tags/list",
                null,
                pullScope(repo),
                HttpResponse.BodyHandlers.ofByteArray()));
    List<String> tags = new ArrayList<>();
    body.path("tags").forEach(tag -> tags.add(tag.asText()));
    return tags;
  }

  /** The digest a tag or digest reference points to, without fetching the manifest body. */
  public String resolve(OciReference repo, String reference) throws IOException {
    HttpResponse<Void> response =
        send(
            repo.host(),
            "/v2/" + repo.repository() + "/manifests/" + reference,
            "HEAD",
            pullScope(repo),
            HttpResponse.BodyHandlers.discarding());
    return response
        .headers()
        .firstValue("Docker-Content-Digest")
        .orElseThrow(() -> new IOException("registry sent no digest for '" + reference + "'"));
  }

  /** The manifest a tag or digest reference points to. */
  public OciManifest manifest(OciReference repo, String reference) throws IOException {
    HttpResponse<byte[]> response =
        send(
            repo.host(),
            "/v2/" + repo.repository() + "/manifests/" + reference,
            null,
            pullScope(repo),
            HttpResponse.BodyHandlers.ofByteArray());
    JsonNode body = json(response);
    if (body.has("manifests")) {
      throw new IOException("'" + reference + "' is an image index, not an artifact manifest");
    }
    String digest =
        response
            .headers()
            .firstValue("Docker-Content-Digest")
            .orElseGet(() -> sha256(response.body()));
    List<OciManifest.Layer> layers = new ArrayList<>();
    body.path("layers")
        .forEach(
            layer ->
                layers.add(
                    new OciManifest.Layer(
                        layer.path("mediaType").asText(),
                        layer.path("digest").asText(),
                        layer.path("size").asLong(),
                        annotations(layer))));
    return new OciManifest(
        digest, body.path("config").path("mediaType").asText(), layers, annotations(body));
  }

  private static Map<String, String> annotations(JsonNode node) {
    Map<String, String> annotations = new LinkedHashMap<>();
    node.path("annotations")
        .properties()
        .forEach(e -> annotations.put(e.getKey(), e.getValue().asText()));
    return annotations;
  }

  /** Streams a blob; the caller closes the stream. */
  public InputStream blob(OciReference repo, String digest) throws IOException {
    return send(
            repo.host(),
            "/v2/" + repo.repository() + "/blobs/" + digest,
            null,
            pullScope(repo),
            HttpResponse.BodyHandlers.ofInputStream())
        .body();
  }

  private <T> HttpResponse<T> send(
      String host, String path, String method, String scope, HttpResponse.BodyHandler<T> handler)
      throws IOException {
    URI uri = URI.create((settings.plainHttp() ? "http://" : "https://") + host + path);
    HttpResponse<T> response = exchange(uri, method, handler);
    if (response.statusCode() == 401) {
      close(response);
      authorization =
          authorize(response.headers().firstValue("WWW-Authenticate").orElse(""), scope);
      response = exchange(uri, method, handler);
    }
    if (response.statusCode() >= 300) {
      close(response);
      throw new IOException(
          (method == null ? "GET" : method)
              + " "
              + uri
              + ": unexpected status code "
              + response.statusCode()
              + (response.statusCode() == 401 ? " (authentication required)" : ""));
    }
    return response;
  }

  private <T> HttpResponse<T> exchange(URI uri, String method, HttpResponse.BodyHandler<T> handler)
      throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).timeout(settings.timeout()).header("Accept", ACCEPT_MANIFESTS);
    if (method != null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return http.send(request.build(), handler);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while calling " + uri, e);
    }
  }

  /** Answers a registry's challenge: basic credentials, or a bearer token fetched with them. */
  private String authorize(String challenge, String scope) throws IOException {
    if (challenge.regionMatches(true, 0, "Bearer", 0, 6)) {
      return "Bearer " + token(challenge, scope);
    }
    if (settings.credentials() == null) {
      throw new IOException("registry requires authentication and no credentials were given");
    }
    return basic();
  }

  private String token(String challenge, String scope) throws IOException {
    Map<String, String> params = new LinkedHashMap<>();
    Matcher m = CHALLENGE_PARAM.matcher(challenge);
    while (m.find()) {
      params.put(m.group(1), m.group(2));
    }
    StringBuilder url = new StringBuilder(params.getOrDefault("realm", ""));
    url.append(url.indexOf("?") < 0 ? '?' : '&')
        .append("service=")
        .append(URLEncoder.encode(params.getOrDefault("service", ""), StandardCharsets.UTF_8));
    String wanted = params.getOrDefault("scope", scope);
    if (!wanted.isEmpty()) {
      url.append("&scope=").append(URLEncoder.encode(wanted, StandardCharsets.UTF_8));
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url.toString())).timeout(settings.timeout());
    if (settings.credentials() != null) {
      request.header("Authorization", basic());
    }
    HttpResponse<byte[]> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while fetching a registry token", e);
    }
    if (response.statusCode() != 200) {
      throw new IOException("failed to get a registry token: status code " + response.statusCode());
    }
    JsonNode body = JSON.readTree(response.body());
    String token = body.path("token").asText(body.path("access_token").asText(""));
    if (token.isEmpty()) {
      throw new IOException("the registry token endpoint returned no token");
    }
    return token;
  }

  private String basic() {
    String pair = settings.credentials().username() + ":" + settings.credentials().password();
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  private static String pullScope(OciReference repo) {
    return "repository:" + repo.repository() + ":pull";
  }

  private static JsonNode json(HttpResponse<byte[]> response) throws IOException {
    return JSON.readTree(response.body());
  }

  private static void close(HttpResponse<?> response) throws IOException {
    if (response.body() instanceof InputStream in) {
      in.close();
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return "sha256:"
          + java.util.HexFormat.of()
              .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
