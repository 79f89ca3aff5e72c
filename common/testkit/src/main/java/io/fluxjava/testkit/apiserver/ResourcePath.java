package io.fluxjava.testkit.apiserver;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A REST path to a resource collection, object or subresource, such as {@code
 * /apis/apps/v1/namespaces/default/deployments/web/status}.
 */
public record ResourcePath(
    String group,
    String version,
    String namespace,
    String plural,
    String name,
    String subresource) {

  private static final Set<String> NAMESPACE_SUBRESOURCES = Set.of("status", "finalize");

  /** Parses a path (without query); empty for discovery and other non-resource paths. */
  public static Optional<ResourcePath> parse(String path) {
    List<String> parts = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    int rest;
    String group;
    String version;
    if (parts.size() >= 3 && parts.get(0).equals("api")) {
      group = "";
      version = parts.get(1);
      rest = 2;
    } else if (parts.size() >= 4 && parts.get(0).equals("apis")) {
      group = parts.get(1);
      version = parts.get(2);
      rest = 3;
    } else {
      return Optional.empty();
    }
    List<String> tail = parts.subList(rest, parts.size());
    String namespace = null;
    if (tail.size() >= 3
        && tail.get(0).equals("namespaces")
        && !NAMESPACE_SUBRESOURCES.contains(tail.get(2))) {
      namespace = tail.get(1);
      tail = tail.subList(2, tail.size());
    }
    if (tail.isEmpty() || tail.size() > 3) {
      return Optional.empty();
    }
    return Optional.of(
        new ResourcePath(
            group,
            version,
            namespace,
            tail.get(0),
            tail.size() > 1 ? tail.get(1) : null,
            tail.size() > 2 ? tail.get(2) : null));
  }

  /** {@code group/version}, or just the version for the core group. */
  public String apiVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  /** True when the path names a collection rather than one object. */
  public boolean isCollection() {
    return name == null;
  }

  /** The path of the collection the object lives in. */
  public String collectionPath() {
    String prefix = group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version;
    String scope = namespace == null ? "" : "/namespaces/" + namespace;
    return prefix + scope + "/" + plural;
  }

  /** The path of the object itself, without any subresource. */
  public String objectPath() {
    return collectionPath() + "/" + name;
  }
}
