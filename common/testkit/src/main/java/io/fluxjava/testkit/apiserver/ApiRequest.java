package io.fluxjava.testkit.apiserver;

import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** One HTTP request to the API server, split into method, path, query parameters and body. */
public final class ApiRequest {

  private static final String HTTP_VERSION = "HTTP/1.1";

  private final HttpMethod method;
  private final String path;
  private final String rawQuery;
  private final Map<String, String> query;
  private final Headers headers;
  private final String body;

  private ApiRequest(HttpMethod method, String pathAndQuery, Headers headers, String body) {
    this.method = method;
    int question = pathAndQuery.indexOf('?');
    this.path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
    this.rawQuery = question < 0 ? "" : pathAndQuery.substring(question + 1);
    this.query = parseQuery(rawQuery);
    this.headers = headers;
    this.body = body == null ? "" : body;
  }

  /** Wraps a request received by the mock web server. */
  public static ApiRequest of(RecordedRequest request) {
    // getBytes() leaves the buffer unread, unlike getUtf8Body()
    byte[] body = request.getBody() == null ? new byte[0] : request.getBody().getBytes();
    return new ApiRequest(
        request.method(),
        request.getPath(),
        request.getHeaders(),
        new String(body, StandardCharsets.UTF_8));
  }

  /** A request made by the server itself, sent with a JSON body (or none). */
  public static ApiRequest internal(HttpMethod method, String pathAndQuery, String jsonBody) {
    Headers headers = Headers.builder().add("Content-Type", "application/json").build();
    return new ApiRequest(method, pathAndQuery, headers, jsonBody);
  }

  public HttpMethod method() {
    return method;
  }

  /** The path without the query string. */
  public String path() {
    return path;
  }

  public String body() {
    return body;
  }

  /** The value of a query parameter, or null. */
  public String param(String name) {
    return query.get(name);
  }

  /** The value of a header, or an empty string. */
  public String header(String name) {
    String value = headers.header(name);
    return value == null ? "" : value;
  }

  /** The media type of the body, lower case, without parameters. */
  public String contentType() {
    String value = header("Content-Type");
    int semicolon = value.indexOf(';');
    return (semicolon < 0 ? value : value.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  /** The same request with a new method, path (with query) and JSON body. */
  public ApiRequest with(HttpMethod newMethod, String pathAndQuery, String jsonBody) {
    Headers json = headers.newBuilder().set("Content-Type", "application/json").build();
    return new ApiRequest(newMethod, pathAndQuery, json, jsonBody);
  }

  /** The same request with another content type and body. */
  public ApiRequest withBody(String newContentType, String newBody) {
    Headers changed = headers.newBuilder().set("Content-Type", newContentType).build();
    return new ApiRequest(method, pathWithQuery(), changed, newBody);
  }

  /** The path followed by the original query string. */
  public String pathWithQuery() {
    return rawQuery.isEmpty() ? path : path + "?" + rawQuery;
  }

  /** Converts back into the mock web server's request type. */
  public RecordedRequest toRecorded() {
    return new RecordedRequest(
        HTTP_VERSION,
        method,
        pathWithQuery(),
        headers,
        new Buffer(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static Map<String, String> parseQuery(String rawQuery) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      params.put(decode(key), decode(value));
    }
    return params;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
