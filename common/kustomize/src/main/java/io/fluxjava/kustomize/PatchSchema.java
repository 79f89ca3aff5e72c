package io.fluxjava.kustomize;

import java.util.List;

/**
 * The OpenAPI facts a strategic merge patch needs: which schema describes a kind, and for each
 * field its schema, list-ness, merge keys and patch strategy. Schemas are named by opaque strings
 * the implementation hands out.
 */
interface PatchSchema {

  /** Patch facts of one field; {@code ref} names the schema of the value or of list elements. */
  record Field(String ref, boolean array, List<String> mergeKeys, String strategy) {

    boolean mergesByKey() {
      return array && !mergeKeys.isEmpty() && mergeStrategy();
    }

    boolean mergesPrimitives() {
      return array && mergeKeys.isEmpty() && mergeStrategy();
    }

    private boolean mergeStrategy() {
      return strategy != null && List.of(strategy.split(",")).contains("merge");
    }
  }

  /** The schema of a kind, or null when the schema does not know it. */
  String definitionOf(Gvk gvk);

  /** Facts of a field within a schema, or null when there are none. */
  Field field(String definition, String name);
}
