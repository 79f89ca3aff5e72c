package io.fluxjava.kustomize;

import java.util.ArrayList;
import java.util.List;

/** What a build has gathered so far: the objects, the transformer configuration and the vars. */
final class Accumulation {

  final ResourceList resources = new ResourceList();
  final List<Var> vars = new ArrayList<>();
  final TransformerConfig config;

  Accumulation(TransformerConfig config) {
    this.config = config;
  }

  /** Adds vars, binding each to the object it names; a name may be declared once per build. */
  void mergeVars(List<Var> incoming) {
    for (Var v : incoming) {
      if (vars.stream().anyMatch(existing -> existing.name().equals(v.name()))) {
        throw new KustomizeException("var '" + v.name() + "' already encountered");
      }
      v.bind(resources);
      vars.add(v);
    }
  }
}
