package io.fluxjava.kustomize;

import io.fluxjava.kustomize.yaml.YamlException;
import io.fluxjava.kustomize.yaml.YamlLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies one patch entry (strategic merge or JSON 6902, inline or from a file) to its target: the
 * objects a selector picks, or, for a strategic merge patch without selector, the object the patch
 * itself names.
 */
final class PatchTransformer implements Transformer {

  private final String content;
  private final TargetSelector target;
  private final boolean allowNameChange;
  private final boolean allowKindChange;
  private final boolean forceJson6902;
  private final OpenApiSelection openApi;

  PatchTransformer(
      OpenApiSelection openApi,
      String content,
      TargetSelector target,
      boolean allowNameChange,
      boolean allowKindChange,
      boolean forceJson6902) {
    this.content = content;
    this.target = target;
    this.allowNameChange = allowNameChange;
    this.allowKindChange = allowKindChange;
    this.forceJson6902 = forceJson6902;
    this.openApi = openApi;
  }

  @Override
  public void transform(ResourceList resources) {
    List<Object> docs;
    try {
      docs = YamlLoader.loadAll(content);
    } catch (YamlException e) {
      throw new KustomizeException("unable to parse SM or JSON patch from " + content, e);
    }
    if (forceJson6902 || (docs.size() == 1 && docs.get(0) instanceof List<?>)) {
      applyJson6902(resources, docs.isEmpty() ? List.of() : Values.asList(docs.get(0)));
      return;
    }
    for (Object doc : docs) {
      Map<String, Object> patch = Values.asMap(doc);
      if (patch == null) {
        throw new KustomizeException("unable to parse SM or JSON patch from " + content);
      }
      applyStrategicMerge(resources, patch);
    }
  }

  private void applyJson6902(ResourceList resources, List<Object> operations) {
    if (target == null) {
      throw new KustomizeException("must specify a target for patch " + content);
    }
    JsonPatch patch = new JsonPatch(operations == null ? List.of() : operations);
    for (Resource r : resources.matching(target::selects)) {
      ResId before = r.id();
      if (allowNameChange || allowKindChange) {
        r.rememberId();
      }
      r.replaceObject(patch.apply(r.object()));
      restoreIdentity(r, before);
    }
  }

  private void applyStrategicMerge(ResourceList resources, Map<String, Object> patch) {
    List<Resource> targets;
    if (target != null) {
      targets = resources.matching(target::selects);
    } else {
      ResId id = new Resource(patch).id();
      targets = new ArrayList<>(resources.matchingAnyId(id));
      if (targets.size() != 1) {
        String reason = targets.isEmpty() ? "no matches for Id " : "multiple matches for Id ";
        throw new KustomizeException(
            reason + id + "; failed to find unique target for patch " + id);
      }
    }
    StrategicMergePatch merger = new StrategicMergePatch(openApi.schema());
    for (Resource r : targets) {
      ResId before = r.id();
      if (allowNameChange || allowKindChange) {
        r.rememberId();
      }
      Map<String, Object> merged = merger.apply(r.object(), Values.deepCopyMap(patch));
      if (merged == null) {
        resources.remove(r);
        continue;
      }
      r.replaceObject(merged);
      restoreIdentity(r, before);
    }
  }

  private void restoreIdentity(Resource r, ResId before) {
    if (!allowKindChange) {
      r.object().put("kind", before.gvk().kind());
    }
    if (!allowNameChange) {
      r.setName(before.name());
    }
    if (before.namespace().isEmpty()) {
      r.metadata().remove("namespace");
    } else {
      r.setNamespace(before.namespace());
    }
  }
}
