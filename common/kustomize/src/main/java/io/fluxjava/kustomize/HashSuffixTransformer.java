package io.fluxjava.kustomize;

/** Appends the content hash to the names of generated objects that asked for one. */
final class HashSuffixTransformer implements Transformer {

  @Override
  public void transform(ResourceList resources) {
    for (Resource r : resources.all()) {
      if (r.needsHashSuffix()) {
        r.rememberId();
        r.setName(r.name() + "-" + NameHasher.hash(r));
        r.setHashSuffix(false);
      }
    }
  }
}
