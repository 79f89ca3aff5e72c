package io.fluxjava.testkit.apiserver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resource types served right now: the built-in table plus every served version of every stored
 * CustomResourceDefinition, read from the store on each call so that CRDs created at run time are
 * served at once.
 */
public final class ResourceCatalog {

  private final CrudStore store;

  /** Reads custom resource types from the given store. */
  public ResourceCatalog(CrudStore store) {
    this.store = store;
  }

  /** Every served type; for custom groups the storage version comes first. */
  public List<ApiResource> all() {
    List<ApiResource> resources = new ArrayList<>(BuiltInResources.all());
    store.customResourceDefinitions().forEach(crd -> resources.addAll(fromCrd(crd)));
    return resources;
  }

  /** The type served at {@code group/version/plural}, if any. */
  public Optional<ApiResource> find(String group, String version, String plural) {
    // built-in kinds first: reading the CRDs means parsing every stored schema
    return first(BuiltInResources.all(), group, version, plural)
        .or(() -> first(all(), group, version, plural));
  }

  private static Optional<ApiResource> first(
      List<ApiResource> resources, String group, String version, String plural) {
    return resources.stream()
        .filter(r -> r.group().equals(group))
        .filter(r -> r.version().equals(version))
        .filter(r -> r.plural().equals(plural))
        .findFirst();
  }

  private static List<ApiResource> fromCrd(Map<String, Object> crd) {
    Map<String, Object> spec = Json.map(crd, "spec");
    Map<String, Object> names = Json.map(spec, "names");
    if (spec == null || names == null) {
      return List.of();
    }
    boolean namespaced = !"Cluster".equals(Json.string(spec, "scope"));
    List<Map<String, Object>> versions = new ArrayList<>(Json.maps(spec, "versions"));
    versions.sort(Comparator.comparing(v -> !Boolean.TRUE.equals(v.get("storage"))));
    return versions.stream()
        .filter(v -> !Boolean.FALSE.equals(v.get("served")))
        .map(
            v ->
                new ApiResource(
                    Json.string(spec, "group"),
                    Json.string(v, "name"),
                    Json.string(names, "plural"),
                    Json.string(names, "kind"),
                    namespaced,
                    strings(names.get("shortNames")),
                    strings(names.get("categories")),
                    Json.map(Json.map(v, "subresources"), "status") != null,
                    ApiResource.ALL_VERBS,
                    Json.maps(v, "additionalPrinterColumns")))
        .toList();
  }

  private static List<String> strings(Object value) {
    return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
  }
}
