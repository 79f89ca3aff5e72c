package io.fluxjava.helm.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluxjava.api.helm.PostRenderer;
import io.fluxjava.helm.engine.TempDirectory;
import io.fluxjava.kustomize.KustomizeBuilder;
import io.fluxjava.kustomize.KustomizeException;
import io.fluxjava.kustomize.KustomizeOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;

/**
 * Runs {@code spec.postRenderers} over the rendered objects, in order: each kustomize post-renderer
 * is a kustomization of the objects with its {@code patches} and {@code images}, built by the
 * shared kustomize engine.
 */
public final class PostRenderers {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setDefaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));

  private PostRenderers() {}

  /** The objects after every post-renderer; unchanged without post-renderers. */
  public static List<ManifestDocument> apply(
      List<ManifestDocument> documents, List<PostRenderer> renderers) {
    List<ManifestDocument> result = documents;
    for (PostRenderer renderer : renderers == null ? List.<PostRenderer>of() : renderers) {
      if (renderer.getKustomize() != null && !result.isEmpty()) {
        result = kustomize(result, renderer);
      }
    }
    return result;
  }

  private static List<ManifestDocument> kustomize(
      List<ManifestDocument> documents, PostRenderer renderer) {
    try (TempDirectory work = TempDirectory.create("helm-post-render-")) {
      Path dir = work.dir();
      Dump dump = new Dump(DumpSettings.builder().build());
      StringBuilder resources = new StringBuilder();
      for (ManifestDocument document : documents) {
        resources.append("---\n").append(dump.dumpToString(document.object()));
      }
      Files.writeString(dir.resolve("resources.yaml"), resources.toString());
      Map<String, Object> kustomization = new LinkedHashMap<>();
      kustomization.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
      kustomization.put("kind", "Kustomization");
      kustomization.put("resources", List.of("resources.yaml"));
      if (renderer.getKustomize().getPatches() != null) {
        kustomization.put(
            "patches", JSON.convertValue(renderer.getKustomize().getPatches(), List.class));
      }
      if (renderer.getKustomize().getImages() != null) {
        kustomization.put(
            "images", JSON.convertValue(renderer.getKustomize().getImages(), List.class));
      }
      Files.writeString(dir.resolve("kustomization.yaml"), dump.dumpToString(kustomization));
      List<ManifestDocument> out = new ArrayList<>();
      List<Map<String, Object>> built =
          new KustomizeBuilder(KustomizeOptions.defaults()).build(dir);
      for (int i = 0; i < built.size(); i++) {
        out.add(new ManifestDocument(sourceOf(documents, built.get(i)), built.get(i)));
      }
      return out;
    } catch (KustomizeException e) {
      throw new RenderException("post-renderer failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The template an object came from, matched by kind and name (post-renderers keep both). */
  private static String sourceOf(List<ManifestDocument> documents, Map<String, Object> object) {
    ManifestDocument built = new ManifestDocument("", object);
    return documents.stream()
        .filter(d -> d.kind().equals(built.kind()) && d.name().equals(built.name()))
        .map(ManifestDocument::source)
        .findFirst()
        .orElse("");
  }
}
