package io.fluxjava.testkit.apiserver;

import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.MockResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Legacy (per group-version) API discovery: {@code /api}, {@code /apis}, {@code /apis/<group>} and
 * the resource lists, so kubectl and other clients can map kinds and short names to paths. OpenAPI
 * documents are answered with 404 (clients then skip schema validation or fail clearly).
 */
public final class DiscoveryHandler implements RequestHandler {

  private final ResourceCatalog catalog;

  /** Announces what the catalog serves. */
  public DiscoveryHandler(ResourceCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public Optional<MockResponse> handle(ApiRequest request) {
    if (request.method() != HttpMethod.GET) {
      return Optional.empty();
    }
    String path = request.path();
    if (path.startsWith("/openapi/")) {
      return Optional.of(Responses.notFound("OpenAPI documents are not served"));
    }
    String[] parts = path.replaceAll("^/+|/+$", "").split("/");
    return switch (parts.length) {
      case 1 -> root(parts[0]);
      case 2 -> parts[0].equals("api") ? resourceList("", parts[1]) : group(parts);
      case 3 -> parts[0].equals("apis") ? resourceList(parts[1], parts[2]) : Optional.empty();
      default -> Optional.empty();
    };
  }

  private Optional<MockResponse> root(String segment) {
    if (segment.equals("api")) {
      return Optional.of(
          Responses.json(200, Map.of("kind", "APIVersions", "versions", List.of("v1"))));
    }
    if (segment.equals("apis")) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("kind", "APIGroupList");
      body.put("apiVersion", "v1");
      body.put("groups", groups(catalog.all()));
      return Optional.of(Responses.json(200, body));
    }
    return Optional.empty();
  }

  private Optional<MockResponse> group(String[] parts) {
    if (!parts[0].equals("apis")) {
      return Optional.empty();
    }
    List<ApiResource> members =
        catalog.all().stream().filter(r -> r.group().equals(parts[1])).toList();
    if (members.isEmpty()) {
      return Optional.of(Responses.notFound("no API group " + parts[1]));
    }
    Map<String, Object> body = new LinkedHashMap<>(groups(members).get(0));
    body.put("kind", "APIGroup");
    body.put("apiVersion", "v1");
    return Optional.of(Responses.json(200, body));
  }

  private Optional<MockResponse> resourceList(String group, String version) {
    List<Map<String, Object>> resources = new ArrayList<>();
    String groupVersion = null;
    for (ApiResource resource : catalog.all()) {
      if (resource.group().equals(group) && resource.version().equals(version)) {
        groupVersion = resource.groupVersion();
        resources.add(describe(resource, resource.plural(), resource.verbs()));
        if (resource.statusSubresource()) {
          resources.add(
              describe(resource, resource.plural() + "/status", List.of("get", "patch", "update")));
        }
      }
    }
    if (groupVersion == null) {
      return Optional.of(Responses.notFound("no API group version " + group + "/" + version));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kind", "APIResourceList");
    body.put("apiVersion", "v1");
    body.put("groupVersion", groupVersion);
    body.put("resources", resources);
    return Optional.of(Responses.json(200, body));
  }

  private static Map<String, Object> describe(
      ApiResource resource, String name, List<String> verbs) {
    boolean main = name.equals(resource.plural());
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("name", name);
    entry.put("singularName", main ? resource.singular() : "");
    entry.put("namespaced", resource.namespaced());
    entry.put("kind", resource.kind());
    entry.put("verbs", verbs);
    if (main && !resource.shortNames().isEmpty()) {
      entry.put("shortNames", resource.shortNames());
    }
    if (main && !resource.categories().isEmpty()) {
      entry.put("categories", resource.categories());
    }
    return entry;
  }

  /** One APIGroup entry per group; the first version listed for a group is the preferred one. */
  private static List<Map<String, Object>> groups(List<ApiResource> resources) {
    Map<String, List<String>> versionsByGroup = new LinkedHashMap<>();
    resources.stream()
        .filter(r -> !r.group().isEmpty())
        .forEach(
            r -> {
              List<String> versions =
                  versionsByGroup.computeIfAbsent(r.group(), g -> new ArrayList<>());
              if (!versions.contains(r.version())) {
                versions.add(r.version());
              }
            });
    List<Map<String, Object>> groups = new ArrayList<>();
    versionsByGroup.forEach(
        (group, versions) -> {
          List<Map<String, Object>> entries =
              versions.stream().map(v -> groupVersion(group, v)).toList();
          Map<String, Object> entry = new LinkedHashMap<>();
          entry.put("name", group);
          entry.put("versions", entries);
          entry.put("preferredVersion", entries.get(0));
          groups.add(entry);
        });
    return groups;
  }

  private static Map<String, Object> groupVersion(String group, String version) {
    return Map.of("groupVersion", group + "/" + version, "version", version);
  }
}
