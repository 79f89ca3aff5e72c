package io.fluxjava.kustomize;

/** One step of a build that changes the accumulated objects in place. */
interface Transformer {

  void transform(ResourceList resources);
}
