package io.fluxjava.kustomize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One object of a build together with what kustomize remembers about it: the identities it had
 * before prefixes, suffixes, namespaces and hashes changed it (so references can follow), and for
 * generated objects the merge behavior and whether a content hash is appended to the name.
 */
final class Resource {

  /** How a generated object combines with an existing one of the same identity. */
  enum Behavior {
    CREATE,
    MERGE,
    REPLACE
  }

  private Map<String, Object> object;
  private final List<ResId> previousIds = new ArrayList<>();
  private Behavior behavior = Behavior.CREATE;
  private boolean hashSuffix;
  private String origin;
  private final List<String> transformations = new ArrayList<>();
  private Gvk cachedGvk;
  private Object cachedApiVersion;
  private Object cachedKind;

  Resource(Map<String, Object> object) {
    this.object = object;
  }

  Map<String, Object> object() {
    return object;
  }

  void replaceObject(Map<String, Object> newObject) {
    this.object = newObject;
  }

  Gvk gvk() {
    Object apiVersion = object.get("apiVersion");
    Object kind = object.get("kind");
    // identity, not equality: recompute only when a transformer stored new apiVersion/kind values
    if (cachedGvk == null || apiVersion != cachedApiVersion || kind != cachedKind) {
      cachedGvk = Gvk.fromApiVersion(Values.string(apiVersion), Values.string(kind));
      cachedApiVersion = apiVersion;
      cachedKind = kind;
    }
    return cachedGvk;
  }

  String name() {
    return Values.string(metadata().get("name"));
  }

  String namespace() {
    String ns = Values.string(metadata().get("namespace"));
    return ns == null ? "" : ns;
  }

  ResId id() {
    String name = name();
    return new ResId(gvk(), name == null ? "" : name, namespace());
  }

  /** The identity this object had when it was first read or generated. */
  ResId originalId() {
    return previousIds.isEmpty() ? id() : previousIds.get(0);
  }

  List<ResId> previousIds() {
    return previousIds;
  }

  /** All identities so far, oldest first, ending with the current one. */
  List<ResId> allIds() {
    List<ResId> all = new ArrayList<>(previousIds);
    all.add(id());
    return all;
  }

  /** Records the current identity before a transformer changes name, namespace or kind. */
  void rememberId() {
    ResId current = id();
    if (previousIds.isEmpty() || !previousIds.get(previousIds.size() - 1).equals(current)) {
      previousIds.add(current);
    }
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> metadata() {
    Object md = object.get("metadata");
    if (md instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    Map<String, Object> created = new LinkedHashMap<>();
    object.put("metadata", created);
    return created;
  }

  void setName(String name) {
    metadata().put("name", name);
  }

  void setNamespace(String namespace) {
    metadata().put("namespace", namespace);
  }

  /** Where the object came from, as kustomize's {@code config.kubernetes.io/origin} text. */
  String origin() {
    return origin;
  }

  void setOrigin(String origin) {
    this.origin = origin;
  }

  /**
   * The transformers that ran over the object, each as kustomize's origin text, for the {@code
   * alpha.config.kubernetes.io/transformations} annotation.
   */
  List<String> transformations() {
    return transformations;
  }

  /**
   * Notes that a transformer ran over the object; an object with no origin yet is taken to have
   * been made by it, as kustomize does.
   */
  void recordTransformer(String transformerOrigin) {
    if (origin == null) {
      origin = transformerOrigin;
    } else {
      transformations.add(transformerOrigin);
    }
  }

  Behavior behavior() {
    return behavior;
  }

  void setBehavior(Behavior behavior) {
    this.behavior = behavior;
  }

  boolean needsHashSuffix() {
    return hashSuffix;
  }

  void setHashSuffix(boolean hashSuffix) {
    this.hashSuffix = hashSuffix;
  }
}
