package io.fluxjava.kustomize;

import java.util.List;
import java.util.Map;

/**
 * Applies {@code images} entries (newName, newTag, digest) to container images: in every {@code
 * containers}/{@code initContainers} list anywhere in an object, and at the configured image
 * fields.
 */
final class ImageTransformer implements Transformer {

  private static final List<String> CONTAINER_LISTS = List.of("containers", "initContainers");

  private final List<Map<String, Object>> images;
  private final List<FieldSpec> specs;

  ImageTransformer(List<Map<String, Object>> images, List<FieldSpec> specs) {
    this.images = images;
    this.specs = specs;
  }

  @Override
  public void transform(ResourceList resources) {
    for (Map<String, Object> image : images) {
      for (Resource r : resources.all()) {
        updateContainers(r.object(), image);
        Gvk gvk = r.gvk();
        for (FieldSpec spec : specs) {
          if (spec.appliesTo(gvk)) {
            FieldWalker.walk(
                r.object(),
                new FieldSpec(spec.selector(), spec.path(), false),
                (parent, key) -> update(parent, key, image));
          }
        }
      }
    }
  }

  private void updateContainers(Object node, Map<String, Object> image) {
    if (node instanceof Map<?, ?> m) {
      Map<String, Object> map = Values.asMap(m);
      for (Map.Entry<String, Object> e : map.entrySet()) {
        if (CONTAINER_LISTS.contains(e.getKey()) && e.getValue() instanceof List<?> list) {
          for (Object c : list) {
            Map<String, Object> container = Values.asMap(c);
            if (container != null && container.containsKey("image")) {
              update(container, "image", image);
            }
          }
        } else {
          updateContainers(e.getValue(), image);
        }
      }
    } else if (node instanceof List<?> list) {
      list.forEach(item -> updateContainers(item, image));
    }
  }

  private static void update(Map<String, Object> parent, String key, Map<String, Object> image) {
    if (!(parent.get(key) instanceof String value)) {
      return;
    }
    String targetName = Values.string(image.get("name"));
    if (targetName == null) {
      return;
    }
    ImageReference ref = ImageReference.parse(value);
    if (!ref.name().equals(targetName) && !ImageReference.matches(value, targetName)) {
      return;
    }
    String name = nonEmpty(image.get("newName"), ref.name());
    String newTag = nonEmpty(image.get("newTag"), "");
    String newDigest = nonEmpty(image.get("digest"), "");
    String tag = ref.tag();
    String digest = ref.digest();
    if (!newTag.isEmpty() && !newDigest.isEmpty()) {
      tag = newTag;
      digest = newDigest;
    } else if (!newTag.isEmpty()) {
      tag = newTag;
      digest = "";
    } else if (!newDigest.isEmpty()) {
      tag = "";
      digest = newDigest;
    }
    parent.put(key, new ImageReference(name, tag, digest).format());
  }

  private static String nonEmpty(Object value, String fallback) {
    return value == null || String.valueOf(value).isEmpty() ? fallback : String.valueOf(value);
  }
}
