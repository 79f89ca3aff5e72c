package io.fluxjava.kustomize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** The ordered objects of a build, unique by identity (kustomize's ResMap). */
final class ResourceList {

  private final List<Resource> resources = new ArrayList<>();

  List<Resource> all() {
    return resources;
  }

  /** Adds an object, failing like kustomize when its identity is already present. */
  void append(Resource resource) {
    appendAll(List.of(resource));
  }

  void appendAll(ResourceList other) {
    appendAll(other.resources);
  }

  /** Adds objects, failing like kustomize when an identity is already present. */
  void appendAll(List<Resource> added) {
    Set<String> present = new HashSet<>();
    resources.forEach(r -> present.add(identityKey(r.id())));
    for (Resource r : added) {
      ResId id = r.id();
      if (!present.add(identityKey(id))) {
        throw new KustomizeException("may not add resource with an already registered id: " + id);
      }
      resources.add(r);
    }
  }

  /** A string equal for two ids exactly when {@link ResId#sameIdentity} holds. */
  static String identityKey(ResId id) {
    return id.gvk().legacySortKey() + "|" + id.effectiveNamespace() + "|" + id.name();
  }

  List<Resource> matching(Predicate<Resource> predicate) {
    return resources.stream().filter(predicate).toList();
  }

  /** Objects whose current or any earlier identity equals the id. */
  List<Resource> matchingAnyId(ResId id) {
    return matching(r -> r.allIds().stream().anyMatch(i -> i.sameIdentity(id)));
  }

  void remove(Resource resource) {
    resources.remove(resource);
  }

  void replace(Resource old, Resource replacement) {
    resources.set(resources.indexOf(old), replacement);
  }

  void setAll(List<Resource> ordered) {
    resources.clear();
    resources.addAll(ordered);
  }
}
