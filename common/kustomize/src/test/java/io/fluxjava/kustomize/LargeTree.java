package io.fluxjava.kustomize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a large kustomization tree: many bases of workloads under one overlay. */
final class LargeTree {

  private LargeTree() {}

  static Path write(Path root, int bases, int objectsPerBase) throws IOException {
    StringBuilder overlay = new StringBuilder("namespace: bench\nnamePrefix: big-\n");
    overlay.append("commonLabels:\n  bench: \"true\"\ncommonAnnotations:\n  owner: perf\n");
    overlay.append("images:\n- name: nginx\n  newTag: \"1.27\"\nresources:\n");
    for (int b = 0; b < bases; b++) {
      Path base = Files.createDirectories(root.resolve("base" + b));
      overlay.append("- base").append(b).append('\n');
      StringBuilder docs = new StringBuilder();
      for (int i = 0; i < objectsPerBase; i += 3) {
        String name = "app" + b + "-" + i;
        docs.append(deployment(name)).append("---\n").append(service(name)).append("---\n");
        docs.append(configMap(name)).append("---\n");
      }
      Files.writeString(base.resolve("resources.yaml"), docs.toString());
      Files.writeString(
          base.resolve("kustomization.yaml"),
          "resources:\n- resources.yaml\nconfigMapGenerator:\n- name: gen"
              + b
              + "\n  literals:\n  - key=value"
              + b
              + "\npatches:\n- target:\n    kind: Deployment\n  patch: |-\n"
              + "    - op: replace\n      path: /spec/replicas\n      value: 2\n");
    }
    Files.writeString(root.resolve("kustomization.yaml"), overlay.toString());
    return root;
  }

  private static String deployment(String name) {
    return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: "
        + name
        + "\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: "
        + name
        + "\n  template:\n    metadata:\n      labels:\n        app: "
        + name
        + "\n    spec:\n      containers:\n      - name: app\n        image: nginx:1.25\n"
        + "        envFrom:\n        - configMapRef:\n            name: "
        + name
        + "\n        ports:\n        - containerPort: 8080\n";
  }

  private static String service(String name) {
    return "apiVersion: v1\nkind: Service\nmetadata:\n  name: "
        + name
        + "\nspec:\n  selector:\n    app: "
        + name
        + "\n  ports:\n  - port: 80\n    targetPort: 8080\n";
  }

  private static String configMap(String name) {
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "
        + name
        + "\ndata:\n  greeting: hello from "
        + name
        + "\n  multi: |\n    line one\n    line two\n";
  }
}
