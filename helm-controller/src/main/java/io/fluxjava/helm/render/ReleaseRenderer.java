package io.fluxjava.helm.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marcnuri.helm.Helm;
import io.fluxjava.helm.engine.TempDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Renders a chart with the real Helm engine (helm-java's {@code template}) and splits the result
 * into release objects and hooks.
 *
 * <p>helm-java's template returns only the release manifest, without hooks. So the chart is
 * rendered from a working copy in which the key {@code helm.sh/hook} is masked: Helm then keeps
 * hook templates in the manifest, and unmasking the output gives the hooks back with their
 * annotations.
 */
public final class ReleaseRenderer {

  private static final String HOOK_KEY = "helm.sh/hook";
  private static final String MASKED_HOOK_KEY = "masked.fluxjava.io/helm-hook";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Renders the chart.
   *
   * @throws RenderException with Helm's message when the chart does not render
   */
  public RenderedRelease render(RenderRequest request) {
    try (TempDirectory workCopy = TempDirectory.create("helm-render-")) {
      Path work = workCopy.dir();
      Path chart = work.resolve(request.chartDir().getFileName().toString());
      copyMasked(request.chartDir(), chart);
      Path values = work.resolve("values.json");
      Files.writeString(values, toJson(request));
      String output =
          new Helm(chart)
              .template()
              .withName(request.releaseName())
              .withNamespace(request.namespace())
              .withKubeVersion(request.kubeVersion())
              .withValuesFile(values)
              .call();
      return split(output.replace(MASKED_HOOK_KEY, HOOK_KEY), request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException e) {
      throw new RenderException(e.getMessage().replace(MASKED_HOOK_KEY, HOOK_KEY), e);
    }
  }

  private static RenderedRelease split(String output, RenderRequest request) {
    List<ManifestDocument> objects = new ArrayList<>();
    List<io.fluxjava.helm.storage.StoredRelease.Hook> hooks = new ArrayList<>();
    for (ManifestDocument document : ManifestParser.parse(output)) {
      if (HookReader.isHook(document)) {
        hooks.add(HookReader.read(document));
      } else {
        objects.add(document);
      }
    }
    hooks.sort(HookReader.EXECUTION_ORDER);
    List<ManifestDocument> crds =
        request.includeCrds() ? ChartCrds.read(request.chartDir()) : List.of();
    return new RenderedRelease(objects, hooks, crds);
  }

  private static String toJson(RenderRequest request) {
    try {
      return JSON.writeValueAsString(request.values());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("values are not serialisable", e);
    }
  }

  private static void copyMasked(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else if (isTemplate(from.relativize(source))) {
          Files.writeString(target, mask(source));
        } else {
          Files.copy(source, target);
        }
      }
    }
  }

  private static boolean isTemplate(Path relative) {
    for (Path part : relative) {
      if ("templates".equals(part.toString())) {
        return true;
      }
    }
    return false;
  }

  private static String mask(Path template) throws IOException {
    try {
      return Files.readString(template, StandardCharsets.UTF_8).replace(HOOK_KEY, MASKED_HOOK_KEY);
    } catch (MalformedInputException e) {
      throw new RenderException("template " + template.getFileName() + " is not UTF-8", e);
    }
  }
}
