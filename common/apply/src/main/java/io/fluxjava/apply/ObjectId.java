package io.fluxjava.apply;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Objects;
import java.util.Set;

/**
 * Identity of a Kubernetes object independent of its API version, formatted the way upstream Flux
 * writes inventory ids ({@code <namespace>_<name>_<group>_<kind>}) and event subjects ({@code
 * <Kind>/<namespace>/<name>}).
 */
public record ObjectId(String namespace, String name, String group, String kind) {

  private static final String SEPARATOR = "_";
  private static final String COLON = ":";
  // Underscore is the field separator, so RBAC names such as "system:controller" encode ':' as
  // '__'.
  private static final String ENCODED_COLON = "__";
  private static final String RBAC_GROUP = "rbac.authorization.k8s.io";
  private static final Set<String> RBAC_KINDS =
      Set.of("Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding");

  public ObjectId {
    namespace = Objects.requireNonNullElse(namespace, "");
    group = Objects.requireNonNullElse(group, "");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  /** The id of the given object; a missing namespace means cluster-scoped. */
  public static ObjectId of(HasMetadata object) {
    return new ObjectId(
        object.getMetadata().getNamespace(),
        object.getMetadata().getName(),
        groupOf(object.getApiVersion()),
        object.getKind());
  }

  /** The API group part of an apiVersion ({@code apps/v1} → {@code apps}, {@code v1} → empty). */
  public static String groupOf(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  /** The version part of an apiVersion ({@code apps/v1} → {@code v1}). */
  public static String versionOf(String apiVersion) {
    return apiVersion.substring(apiVersion.indexOf('/') + 1);
  }

  /**
   * Parses an inventory id: namespace up to the first underscore, kind after the last one, group
   * before that, and the name is what remains.
   *
   * @throws IllegalArgumentException when the id does not have four fields
   */
  public static ObjectId parse(String inventoryId) {
    int first = inventoryId.indexOf(SEPARATOR);
    int last = inventoryId.lastIndexOf(SEPARATOR);
    int beforeLast = last < 0 ? -1 : inventoryId.lastIndexOf(SEPARATOR, last - 1);
    if (first < 0 || beforeLast <= first) {
      throw new IllegalArgumentException("invalid inventory id '" + inventoryId + "'");
    }
    String kind = inventoryId.substring(last + 1);
    String group = inventoryId.substring(beforeLast + 1, last);
    String name = inventoryId.substring(first + 1, beforeLast);
    if (isRbac(group, kind)) {
      name = name.replace(ENCODED_COLON, COLON);
    }
    if (name.isEmpty() || kind.isEmpty() || name.contains(SEPARATOR)) {
      throw new IllegalArgumentException("invalid inventory id '" + inventoryId + "'");
    }
    return new ObjectId(inventoryId.substring(0, first), name, group, kind);
  }

  /** The inventory id, as upstream writes it in {@code status.inventory.entries[].id}. */
  public String inventoryId() {
    String encodedName = isRbac(group, kind) ? name.replace(COLON, ENCODED_COLON) : name;
    return String.join(SEPARATOR, namespace, encodedName, group, kind);
  }

  /** The subject of change-set lines and error messages: {@code Kind/namespace/name}. */
  public String subject() {
    return namespace.isEmpty() ? kind + "/" + name : kind + "/" + namespace + "/" + name;
  }

  public boolean isClusterScoped() {
    return namespace.isEmpty();
  }

  private static boolean isRbac(String group, String kind) {
    return RBAC_GROUP.equals(group) && RBAC_KINDS.contains(kind);
  }

  @Override
  public String toString() {
    return subject();
  }
}
