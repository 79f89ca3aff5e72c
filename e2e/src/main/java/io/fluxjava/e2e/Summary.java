package io.fluxjava.e2e;

import java.nio.file.Path;

/** What a user needs after {@code ./flux-local up}: kubeconfig, URLs, log files. */
public final class Summary {

  private Summary() {}

  /** The text printed once everything runs; {@code fleet} is null when the demo failed. */
  public static String of(LocalCluster cluster, Path stateDir, DemoFleet fleet) {
    StringBuilder text = new StringBuilder();
    text.append("\nFlux runs locally. In another terminal:\n")
        .append("  export KUBECONFIG=")
        .append(cluster.kubeconfig())
        .append('\n')
        .append("  kubectl get kustomizations,helmreleases -A\n")
        .append("  kubectl -n flux-system annotate --overwrite kustomization apps-production ")
        .append("reconcile.fluxcd.io/requestedAt=\"$(date +%s)\"\n")
        .append("  kubectl -n podinfo-production get secret ")
        .append(DemoSecret.NAME)
        .append(" -o jsonpath='{.data.")
        .append(DemoSecret.KEY)
        .append("}' | base64 -d   # decrypted by SOPS\n")
        .append("  ./flux-local status\n\nMetrics:\n");
    for (Controller controller : Controller.values()) {
      text.append(
          String.format(
              "  %-24s %s/metrics%n",
              controller.deploymentName(), cluster.url(controller, "http-prom")));
    }
    text.append("Artifacts: ")
        .append(cluster.url(Controller.SOURCE, "http"))
        .append("/\n")
        .append("Webhook receiver: ")
        .append(cluster.url(Controller.NOTIFICATION, "http-webhook"))
        .append("/hook/<path>\n");
    if (fleet != null) {
      text.append("Demo Git repository: ")
          .append(fleet.gitUrl())
          .append(" (working copy ")
          .append(fleet.workTree())
          .append(")\n")
          .append("Demo Helm repository: ")
          .append(fleet.helmUrl())
          .append('\n');
    }
    text.append("Logs:\n");
    for (Controller controller : Controller.values()) {
      text.append("  ").append(cluster.log(controller)).append('\n');
    }
    text.append("  ")
        .append(stateDir.resolve("api-server.log"))
        .append('\n')
        .append("Stop with Ctrl-C (or ./flux-local down).\n");
    return text.toString();
  }
}
