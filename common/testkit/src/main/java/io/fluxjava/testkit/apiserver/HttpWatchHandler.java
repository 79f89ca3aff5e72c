package io.fluxjava.testkit.apiserver;

import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.MockResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Plain-HTTP watches ({@code ?watch=true} without a WebSocket upgrade, as client-go sends them),
 * answered as a long poll: the objects changed since the requested resourceVersion as MODIFIED
 * events, or, when nothing changed, one BOOKMARK after {@link #IDLE_DELAY}. The mock server cannot
 * stream a response, so the client re-watches after each answer. Deletions are reported only for
 * watches of one named object (a DELETED event once it is gone). WebSocket watches go to the CRUD
 * store unchanged.
 */
public final class HttpWatchHandler implements RequestHandler {

  /** How long an idle watch is held before the bookmark answer (long enough not to look broken). */
  public static final Duration IDLE_DELAY = Duration.ofSeconds(1);

  private final CrudStore store;
  private final ResourceCatalog catalog;

  /** Watches objects of the given store. */
  public HttpWatchHandler(CrudStore store, ResourceCatalog catalog) {
    this.store = store;
    this.catalog = catalog;
  }

  @Override
  public Optional<MockResponse> handle(ApiRequest request) {
    boolean watch = "true".equals(request.param("watch")) || "1".equals(request.param("watch"));
    boolean websocket = request.header("Upgrade").toLowerCase(Locale.ROOT).contains("websocket");
    if (request.method() != HttpMethod.GET || !watch || websocket) {
      return Optional.empty();
    }
    Optional<ResourcePath> path = ResourcePath.parse(request.path());
    if (path.isEmpty()) {
      return Optional.empty();
    }
    long since = parseVersion(request.param("resourceVersion"));
    List<Map<String, Object>> items = store.list(listPath(request, path.get()));
    List<String> events = new ArrayList<>();
    long latest = since;
    for (Map<String, Object> item : items) {
      long version = parseVersion(Json.string(Json.map(item, "metadata"), "resourceVersion"));
      latest = Math.max(latest, version);
      if (version > since) {
        events.add(Json.write(Map.of("type", "MODIFIED", "object", item)));
      }
    }
    if (!events.isEmpty()) {
      return Optional.of(watchResponse(String.join("\n", events) + "\n"));
    }
    String watchedName = watchedName(request, path.get());
    Map<String, Object> marker = marker(path.get(), latest);
    String type = "BOOKMARK";
    if (items.isEmpty() && watchedName != null && since > 0) {
      // the one object this client watches is gone (kubectl wait --for=delete)
      type = "DELETED";
      Map<String, Object> metadata = Json.mapOrCreate(marker, "metadata");
      metadata.put("name", watchedName);
      if (path.get().namespace() != null) {
        metadata.put("namespace", path.get().namespace());
      }
    }
    String event = Json.write(Map.of("type", type, "object", marker));
    return Optional.of(watchResponse(event + "\n").setBodyDelay(IDLE_DELAY));
  }

  /** The name a watch is limited to (by path or {@code metadata.name} field selector), or null. */
  private static String watchedName(ApiRequest request, ResourcePath path) {
    if (!path.isCollection()) {
      return path.name();
    }
    String selector = request.param("fieldSelector");
    String prefix = "metadata.name=";
    if (selector != null && selector.startsWith(prefix) && !selector.contains(",")) {
      return selector.substring(prefix.length());
    }
    return null;
  }

  /** The list matching the watch: same path and selectors (a named watch selects by name). */
  private static String listPath(ApiRequest request, ResourcePath path) {
    Map<String, String> query = new LinkedHashMap<>();
    copy(request, "labelSelector", query);
    copy(request, "fieldSelector", query);
    String base = path.collectionPath();
    if (!path.isCollection()) {
      query.put("fieldSelector", "metadata.name=" + path.name());
    }
    if (query.isEmpty()) {
      return base;
    }
    return base
        + "?"
        + query.entrySet().stream()
            .map(e -> e.getKey() + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
  }

  /** A minimal object of the watched kind at {@code version}, for bookmarks and deletions. */
  private Map<String, Object> marker(ResourcePath path, long version) {
    String kind =
        catalog.find(path.group(), path.version(), path.plural()).map(ApiResource::kind).orElse("");
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("apiVersion", path.apiVersion());
    object.put("kind", kind);
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("resourceVersion", String.valueOf(version));
    object.put("metadata", metadata);
    return object;
  }

  private static MockResponse watchResponse(String body) {
    return new MockResponse()
        .setResponseCode(200)
        .setHeader("Content-Type", "application/json")
        .setBody(body);
  }

  private static void copy(ApiRequest request, String name, Map<String, String> into) {
    if (request.param(name) != null && !request.param(name).isEmpty()) {
      into.put(name, request.param(name));
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static long parseVersion(String version) {
    try {
      return version == null || version.isEmpty() ? 0 : Long.parseLong(version);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
