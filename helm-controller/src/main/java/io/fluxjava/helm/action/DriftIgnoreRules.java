package io.fluxjava.helm.action;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fluxjava.api.meta.IgnoreRule;
import io.fluxjava.api.meta.Selector;
import io.fluxjava.apply.IgnoredFields;
import io.fluxjava.kustomize.ObjectTarget;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code spec.driftDetection.ignore}: the JSON pointers of each rule whose target selects an object
 * (a rule without target applies to every object of the release).
 */
final class DriftIgnoreRules implements IgnoredFields {

  private record Rule(List<String> paths, ObjectTarget target) {}

  private final List<Rule> rules;

  DriftIgnoreRules(List<IgnoreRule> rules) {
    this.rules =
        Objects.requireNonNullElse(rules, List.<IgnoreRule>of()).stream()
            .map(
                rule ->
                    new Rule(
                        Objects.requireNonNullElse(rule.getPaths(), List.of()),
                        rule.getTarget() == null ? null : ObjectTarget.of(toMap(rule.getTarget()))))
            .toList();
  }

  @Override
  public List<String> pointersFor(GenericKubernetesResource desired) {
    if (rules.isEmpty()) {
      return List.of();
    }
    Map<String, Object> object = IgnoredFieldsOverlay.tree(desired);
    return rules.stream()
        .filter(rule -> rule.target() == null || rule.target().selects(object))
        .flatMap(rule -> rule.paths().stream())
        .toList();
  }

  private static Map<String, Object> toMap(Selector selector) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("group", selector.getGroup());
    map.put("version", selector.getVersion());
    map.put("kind", selector.getKind());
    map.put("name", selector.getName());
    map.put("namespace", selector.getNamespace());
    map.put("labelSelector", selector.getLabelSelector());
    map.put("annotationSelector", selector.getAnnotationSelector());
    return map;
  }
}
