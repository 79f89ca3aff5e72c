package io.fluxjava.kustomize;

/** What a build has gathered so far: the objects and the transformer configuration. */
final class Accumulation {

  final ResourceList resources = new ResourceList();
  final TransformerConfig config;

  Accumulation(TransformerConfig config) {
    this.config = config;
  }
}
