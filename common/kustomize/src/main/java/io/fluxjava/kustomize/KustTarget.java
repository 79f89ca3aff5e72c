package io.fluxjava.kustomize;

import io.fluxjava.kustomize.yaml.YamlException;
import io.fluxjava.kustomize.yaml.YamlLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The build of one kustomization directory: gathers resources, then generated objects, then
 * components, and runs the built-in transformers in kustomize's order.
 */
final class KustTarget {

  private final Path dir;
  private final Map<String, Object> kustomization;
  private final RootedLoader loader;
  private final List<Path> visiting;
  private final Path buildRoot;
  private final BuildSession session;

  KustTarget(Path dir, List<Path> visiting, BuildSession session) {
    this.dir = RootedLoader.realPath(dir);
    for (Path visited : visiting) {
      if (visited.equals(this.dir)) {
        throw new KustomizeException(
            "cycle detected: candidate root '"
                + this.dir
                + "' contains visited root '"
                + visited
                + "'");
      }
    }
    this.kustomization = KustomizationFile.load(this.dir);
    this.loader = new RootedLoader(this.dir, session.options());
    this.session = session;
    this.buildRoot = visiting.isEmpty() ? this.dir : visiting.get(0);
    this.visiting = new ArrayList<>(visiting);
    this.visiting.add(this.dir);
  }

  Map<String, Object> kustomization() {
    return kustomization;
  }

  String kind() {
    return KustomizationFile.kind(kustomization);
  }

  /**
   * Applies this kustomization's {@code openapi} field to the build's schema choice; the file a
   * path names is read even when an earlier choice makes it moot, as kustomize reads it.
   */
  void chooseOpenApi(boolean top) {
    Map<String, String> field = Values.stringMap(kustomization.get("openapi"));
    String path = field.get(OpenApiSelection.PATH);
    session.openApi().choose(field, path == null ? null : loader.readString(path), top);
  }

  /** Builds this directory on its own (a resources entry or the top level). */
  Accumulation accumulate() {
    Accumulation acc = new Accumulation(TransformerConfig.defaults());
    accumulateInto(acc);
    return acc;
  }

  /** Adds this kustomization's objects to the accumulation and transforms them all. */
  void accumulateInto(Accumulation acc) {
    accumulateResources(acc);
    for (String file : list("configurations")) {
      Map<String, Object> config = Values.asMap(parse(loader.readString(file), file));
      if (config != null) {
        acc.config.merge(config);
      }
    }
    loadCrds(acc.config);
    // kustomize v5.5.0 runs this kustomization's generators before its components, so a
    // component's transformers also reach what the kustomization generates
    runGenerators(acc);
    accumulateComponents(acc);
    TransformerPlan plan =
        new TransformerPlan(kustomization, loader, acc.config, session.openApi());
    for (TransformerPlan.Step step : plan.steps()) {
      session.run(step.transformer(), builtinOrigin(step.kind()), acc.resources);
    }
    BuiltinPlugins plugins = new BuiltinPlugins(loader, session.openApi());
    for (BuiltinPlugins.PluginConfig plugin : plugins.configs(list("transformers"))) {
      session.run(plugins.transformer(plugin.config()), pluginOrigin(plugin), acc.resources);
    }
    for (BuiltinPlugins.PluginConfig plugin : plugins.configs(list("validators"))) {
      ValidatorCheck.check(plugins.transformer(plugin.config()), acc.resources);
    }
    List<Var> vars = new ArrayList<>();
    maps("vars").forEach(v -> vars.add(Var.fromMap(v)));
    acc.mergeVars(vars);
  }

  private void loadCrds(TransformerConfig config) {
    List<String> files = list("crds");
    try {
      for (String file : files) {
        CrdDefinitions.loadInto(config, loader.readString(file), file);
      }
    } catch (KustomizeException e) {
      // kustomize prints the list as Go formats a slice: [a.json b.json]
      throw new KustomizeException(
          "loading CRDs [" + String.join(" ", files) + "]: " + e.getMessage(), e);
    }
  }

  private void accumulateResources(Accumulation acc) {
    List<String> entries = new ArrayList<>(list("resources"));
    entries.addAll(list("bases"));
    for (String entry : entries) {
      try {
        accumulateResource(acc, entry);
      } catch (KustomizeException e) {
        throw new KustomizeException(
            "accumulating resources: accumulation err='accumulating resources from '"
                + entry
                + "': "
                + e.getMessage()
                + "'",
            e);
      }
    }
  }

  private void accumulateResource(Accumulation acc, String entry) {
    if (RemoteResource.isRemote(entry)) {
      accumulateRemote(acc, entry);
      return;
    }
    Path path = loader.resolve(entry);
    if (Files.isDirectory(path)) {
      appendDirectory(acc, path);
      return;
    }
    List<Resource> read = ResourceReader.read(loader.readString(entry), entry);
    String origin = Origins.path(fromBuildRoot(path));
    read.forEach(r -> r.setOrigin(origin));
    acc.resources.appendAll(read);
  }

  private void accumulateRemote(Accumulation acc, String entry) {
    if (RemoteResource.isHttp(entry)) {
      String body = RemoteResource.fetch(entry);
      if (body != null) {
        try {
          acc.resources.appendAll(ResourceReader.read(body, entry));
          return;
        } catch (KustomizeException notYaml) {
          // not a YAML file: the URL may name a Git repository, as kustomize then assumes
        }
      }
    }
    RemoteResource.GitSpec spec = RemoteResource.GitSpec.parse(entry);
    Path clone = RemoteResource.cloneRepository(spec);
    try {
      appendDirectory(acc, spec.path().isEmpty() ? clone : clone.resolve(spec.path()));
    } finally {
      RemoteResource.delete(clone);
    }
  }

  private void appendDirectory(Accumulation acc, Path path) {
    KustTarget sub = new KustTarget(path, visiting, session);
    sub.chooseOpenApi(false);
    if (sub.kind().equals(KustomizationFile.KIND_COMPONENT)) {
      throw new KustomizeException("expected kind != 'Component' for path '" + path + "'");
    }
    Accumulation subAcc = sub.accumulate();
    acc.resources.appendAll(subAcc.resources);
    acc.config.merge(subAcc.config);
    acc.mergeVars(subAcc.vars);
  }

  private void accumulateComponents(Accumulation acc) {
    for (String entry : list("components")) {
      Path path = loader.resolve(entry);
      if (!Files.isDirectory(path)) {
        throw new KustomizeException(
            "accumulating components: '" + path + "' must be a directory containing a Component");
      }
      KustTarget component = new KustTarget(path, visiting, session);
      component.chooseOpenApi(false);
      if (!component.kind().equals(KustomizationFile.KIND_COMPONENT)) {
        throw new KustomizeException(
            "accumulating components: expected kind 'Component' for path '"
                + path
                + "' but got '"
                + component.kind()
                + "'");
      }
      component.accumulateInto(acc);
    }
  }

  private void runGenerators(Accumulation acc) {
    if (!maps("helmCharts").isEmpty() || !maps("helmChartInflationGenerator").isEmpty()) {
      // kubectl kustomize runs without --enable-helm; helm-controller renders charts itself
      throw new KustomizeException(
          "trouble configuring builtin HelmChartInflationGenerator: must specify --enable-helm");
    }
    ConfigMapSecretGenerator generator =
        new ConfigMapSecretGenerator(loader, Values.asMap(kustomization.get("generatorOptions")));
    for (Map<String, Object> args : maps("configMapGenerator")) {
      Resource generated = generator.generate(args, false);
      generated.setOrigin(builtinOrigin("ConfigMapGenerator"));
      GeneratedResourceMerger.absorb(acc.resources, generated);
    }
    for (Map<String, Object> args : maps("secretGenerator")) {
      Resource generated = generator.generate(args, true);
      generated.setOrigin(builtinOrigin("SecretGenerator"));
      GeneratedResourceMerger.absorb(acc.resources, generated);
    }
    BuiltinPlugins plugins = new BuiltinPlugins(loader, session.openApi());
    for (BuiltinPlugins.PluginConfig plugin : plugins.configs(list("generators"))) {
      Resource generated = plugins.generate(plugin.config(), generator);
      generated.setOrigin(pluginOrigin(plugin));
      GeneratedResourceMerger.absorb(acc.resources, generated);
    }
  }

  /** The origin of a generator or transformer configured by a field of this kustomization. */
  private String builtinOrigin(String pluginKind) {
    return Origins.configured(
        fromBuildRoot(KustomizationFile.find(dir)), Origins.BUILTIN, pluginKind, null);
  }

  /** The origin of a plugin configured in a file, or inline in this kustomization. */
  private String pluginOrigin(BuiltinPlugins.PluginConfig plugin) {
    Path source =
        plugin.file() == null ? KustomizationFile.find(dir) : loader.root().resolve(plugin.file());
    return Origins.configured(
        fromBuildRoot(source.normalize()), Origins.BUILTIN, plugin.kind(), plugin.name());
  }

  private String fromBuildRoot(Path path) {
    return buildRoot.relativize(path).toString();
  }

  private List<String> list(String field) {
    return Values.stringList(kustomization.get(field));
  }

  private List<Map<String, Object>> maps(String field) {
    List<Map<String, Object>> result = new ArrayList<>();
    List<Object> items = Values.asList(kustomization.get(field));
    if (items != null) {
      items.forEach(i -> result.add(Values.asMap(i)));
    }
    return result;
  }

  static Object parse(String text, String source) {
    try {
      return YamlLoader.load(text);
    } catch (YamlException e) {
      throw new KustomizeException("unable to parse '" + source + "': " + e.getMessage(), e);
    }
  }
}
