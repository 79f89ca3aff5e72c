package io.fluxjava.kustomize;

import io.fluxjava.kustomize.yaml.YamlException;
import io.fluxjava.kustomize.yaml.YamlLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns the documents of a resource file into objects, expanding {@code *List} kinds. */
final class ResourceReader {

  private ResourceReader() {}

  static List<Resource> read(String text, String source) {
    List<Object> docs;
    try {
      docs = YamlLoader.loadAll(text);
    } catch (YamlException e) {
      throw new KustomizeException(
          "MalformedYAMLError: " + e.getMessage() + " in File: " + source, e);
    }
    List<Resource> resources = new ArrayList<>();
    for (Object doc : docs) {
      Map<String, Object> object = Values.asMap(doc);
      if (object == null) {
        throw new KustomizeException("missing Resource metadata in File: " + source);
      }
      String kind = Values.string(object.get("kind"));
      List<Object> items = Values.asList(object.get("items"));
      if (kind != null && kind.endsWith("List") && items != null) {
        for (Object item : items) {
          resources.add(new Resource(Values.asMap(item)));
        }
      } else {
        if (kind == null || kind.isEmpty()) {
          throw new KustomizeException("missing kind in object " + object + " in File: " + source);
        }
        Resource resource = new Resource(object);
        if (resource.name() == null || resource.name().isEmpty()) {
          throw new KustomizeException("missing metadata.name in object " + object);
        }
        resources.add(resource);
      }
    }
    return resources;
  }
}
