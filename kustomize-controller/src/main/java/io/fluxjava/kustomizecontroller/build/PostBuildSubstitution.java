package io.fluxjava.kustomizecontroller.build;

import io.fluxjava.api.kustomize.KustomizeMetadata;
import io.fluxjava.kustomize.KustomizeBuilder;
import io.fluxjava.kustomize.yaml.YamlException;
import io.fluxjava.kustomize.yaml.YamlLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link EnvSubst} over each built object's YAML and parses the result back, skipping objects
 * labelled or annotated {@code kustomize.toolkit.fluxcd.io/substitute: disabled}.
 */
public final class PostBuildSubstitution {

  private final EnvSubst envSubst;

  public PostBuildSubstitution(Map<String, String> vars, boolean strict) {
    this.envSubst = new EnvSubst(vars, strict);
  }

  /**
   * Substitutes the variables in every object that allows it.
   *
   * @throws BuildException naming the object whose substitution failed
   */
  public List<Map<String, Object>> apply(List<Map<String, Object>> objects) {
    List<Map<String, Object>> result = new ArrayList<>(objects.size());
    for (Map<String, Object> object : objects) {
      result.add(isDisabled(object) ? object : substitute(object));
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> substitute(Map<String, Object> object) {
    try {
      String yaml = envSubst.expand(KustomizeBuilder.toYaml(List.of(object)));
      return (Map<String, Object>) YamlLoader.load(yaml);
    } catch (EnvSubst.SubstitutionException e) {
      throw new BuildException(
          "post build failed for '"
              + ManifestObjects.nameOf(object)
              + "': variable substitution failed: "
              + e.getMessage(),
          e);
    } catch (YamlException | ClassCastException e) {
      throw new BuildException(
          "post build failed for '"
              + ManifestObjects.nameOf(object)
              + "': YAMLToJSON: "
              + e.getMessage(),
          e);
    }
  }

  private static boolean isDisabled(Map<String, Object> object) {
    return KustomizeMetadata.DISABLED_LOWER_CASE.equals(
            ManifestObjects.labels(object).get(KustomizeMetadata.SUBSTITUTE))
        || KustomizeMetadata.DISABLED_LOWER_CASE.equals(
            ManifestObjects.annotations(object).get(KustomizeMetadata.SUBSTITUTE));
  }
}
