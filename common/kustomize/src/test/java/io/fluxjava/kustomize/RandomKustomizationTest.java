package io.fluxjava.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property test: random valid kustomizations, drawn from a small grammar of resources, generators,
 * components, build metadata and transformers with awkward scalar values, must build
 * byte-identically to kubectl.
 */
class RandomKustomizationTest {

  /** Number of random kustomizations; raise with -Dkustomize.random.cases=N for a longer hunt. */
  private static final int CASES = Integer.getInteger("kustomize.random.cases", 40);

  private static final String[] SCALARS = {
    "plain", "yes", "on", "1.5", "007", "0x1F", "a: b", "#x", " lead", "trail ", "2024-01-02",
    "~", "", "multi\nline\n", "tab\there", "ünï", "-", "[x]", "a,b", "it's", "\"q\"", "12:30",
    "very long value that keeps going well past the eighty column limit of the yaml writer ok",
  };
  private static final String[] KINDS = {"ConfigMap", "Deployment", "Service", "Widget"};

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> randomKustomizationsMatchKubectl() {
    return IntStream.range(0, CASES)
        .mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> check(seed)));
  }

  private void check(int seed) throws IOException {
    assumeTrue(Kubectl.available(), Kubectl.SKIP_MESSAGE);
    Path dir = Files.createDirectories(tmp.resolve("seed-" + seed));
    write(dir, new Random(seed));
    Kubectl.Result reference = Kubectl.kustomize(dir);
    assertThat(reference.exitCode()).as(reference.stderr()).isZero();
    assertThat(new KustomizeBuilder(KustomizeOptions.defaults()).buildYaml(dir))
        .isEqualTo(reference.stdout());
  }

  /** A base with random objects and a generator, and an overlay with random transformers. */
  private static void write(Path dir, Random r) throws IOException {
    Path base = Files.createDirectories(dir.resolve("base"));
    StringBuilder resources = new StringBuilder();
    int count = 1 + r.nextInt(5);
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        resources.append("---\n");
      }
      resources.append(resource(KINDS[r.nextInt(KINDS.length)], "obj" + i, r));
    }
    Files.writeString(base.resolve("resources.yaml"), resources.toString());
    StringBuilder baseKustomization = new StringBuilder("resources:\n- resources.yaml\n");
    baseKustomization
        .append("configMapGenerator:\n- name: gen\n  literals:\n  - base=")
        .append(r.nextInt(100))
        .append('\n');
    if (r.nextBoolean()) {
      baseKustomization.append("namePrefix: b-\n");
    }
    if (r.nextBoolean()) {
      baseKustomization.append("namespace: base-ns\n");
    }
    Files.writeString(base.resolve("kustomization.yaml"), baseKustomization.toString());
    String overlay = overlay(r);
    if (r.nextBoolean()) {
      Path component = Files.createDirectories(dir.resolve("comp"));
      Files.writeString(component.resolve("kustomization.yaml"), component(r));
      overlay += "components:\n- comp\n";
    }
    Files.writeString(dir.resolve("kustomization.yaml"), overlay);
  }

  /** A component that renames, labels, and merges into the generated ConfigMap. */
  private static String component(Random r) {
    StringBuilder k =
        new StringBuilder("apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n");
    k.append("nameSuffix: -c").append(r.nextInt(3)).append('\n');
    k.append("labels:\n- pairs:\n    comp: ").append(quoted(pick(r))).append('\n');
    if (r.nextBoolean()) {
      k.append("configMapGenerator:\n- name: gen\n  behavior: merge\n  literals:\n  - comp=1\n");
    }
    return k.toString();
  }

  /** Some of the build metadata options, in random order. */
  private static String buildMetadata(Random r) {
    List<String> options =
        new ArrayList<>(List.of("originAnnotations", "transformerAnnotations", "managedByLabel"));
    Collections.shuffle(options, r);
    return String.join(", ", options.subList(0, 1 + r.nextInt(options.size())));
  }

  private static String overlay(Random r) {
    StringBuilder k = new StringBuilder("resources:\n- base\n");
    if (r.nextBoolean()) {
      k.append("namespace: ns").append(r.nextInt(3)).append('\n');
    }
    if (r.nextBoolean()) {
      k.append("namePrefix: p").append(r.nextInt(3)).append("-\n");
    }
    if (r.nextBoolean()) {
      k.append("nameSuffix: -s").append(r.nextInt(3)).append('\n');
    }
    if (r.nextBoolean()) {
      k.append("labels:\n- pairs:\n    team: ").append(quoted(pick(r)));
      k.append("\n  includeSelectors: ").append(r.nextBoolean()).append('\n');
    }
    if (r.nextBoolean()) {
      k.append("commonAnnotations:\n  note: ").append(quoted(pick(r))).append('\n');
    }
    if (r.nextBoolean()) {
      k.append("images:\n- name: nginx\n  newTag: v").append(r.nextInt(9)).append('\n');
    }
    if (r.nextBoolean()) {
      k.append("configMapGenerator:\n- name: gen\n  behavior: merge\n  literals:\n");
      k.append("  - ").append(quoted("key=" + pick(r).replace("\n", " "))).append('\n');
    }
    if (r.nextBoolean()) {
      k.append("secretGenerator:\n- name: sec\n  literals:\n  - token=")
          .append("x".repeat(r.nextInt(120)))
          .append("y\n");
    }
    if (r.nextBoolean()) {
      k.append("patches:\n- target:\n    kind: Deployment\n  patch: |-\n")
          .append("    apiVersion: apps/v1\n    kind: Deployment\n    metadata:\n      name: any\n")
          .append("    spec:\n      template:\n        spec:\n          containers:\n")
          .append("          - name: ")
          .append(r.nextBoolean() ? "c" : "extra")
          .append("\n            image: nginx:2\n            env:\n            - name: E\n")
          .append("              value: ")
          .append(quoted(pick(r)))
          .append('\n');
    }
    if (r.nextInt(3) == 0) {
      k.append("buildMetadata: [").append(buildMetadata(r)).append("]\n");
    }
    return k.toString();
  }

  private static String resource(String kind, String name, Random r) {
    String value = quoted(pick(r));
    return switch (kind) {
      case "ConfigMap" ->
          "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "
              + name
              + "\ndata:\n  k: "
              + value
              + "\n  gen: gen\n";
      case "Deployment" ->
          "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: "
              + name
              + "\nspec:\n  selector:\n    matchLabels:\n      app: a\n  template:\n"
              + "    metadata:\n      labels:\n        app: a\n    spec:\n      containers:\n"
              + "      - name: c\n        image: nginx:1\n        args: ["
              + value
              + "]\n        envFrom:\n        - configMapRef:\n            name: gen\n";
      case "Service" ->
          "apiVersion: v1\nkind: Service\nmetadata:\n  name: "
              + name
              + "\n  annotations:\n    v: "
              + value
              + "\nspec:\n  ports:\n  - port: "
              + (1 + r.nextInt(65000))
              + "\n";
      default ->
          "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: "
              + name
              + "\nspec:\n  size: "
              + r.nextInt(100)
              + "\n  ratio: "
              + (r.nextInt(1000) / 8.0)
              + "\n  text: "
              + value
              + "\n";
    };
  }

  private static String pick(Random r) {
    return SCALARS[r.nextInt(SCALARS.length)];
  }

  /** A YAML double-quoted form of any string, so the generated input is always valid. */
  private static String quoted(String s) {
    return "\""
        + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t")
        + "\"";
  }
}
