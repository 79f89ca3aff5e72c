package io.fluxjava.kustomizecontroller.sops;

import java.util.List;
import java.util.Map;

/**
 * A loaded SOPS file: its documents (one, or several for multi-document YAML) without the metadata,
 * and the raw {@code sops} metadata map.
 */
record SopsDocument(List<Map<String, Object>> branches, Map<String, Object> metadata) {}
