package io.fluxjava.testkit.apiserver;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The built-in Kubernetes resource types the server announces in discovery. */
public final class BuiltInResources {

  /** The kinds {@code kubectl get all} lists. */
  private static final Set<String> CATEGORY_ALL =
      Set.of(
          "pods",
          "services",
          "deployments",
          "statefulsets",
          "daemonsets",
          "replicasets",
          "jobs",
          "cronjobs");

  private static final List<ApiResource> ALL = buildTable();

  private BuiltInResources() {}

  /** Every built-in resource type. */
  public static List<ApiResource> all() {
    return ALL;
  }

  private static List<ApiResource> buildTable() {
    Table t = new Table();
    t.add("", "v1", "configmaps", "ConfigMap", true, false, "cm");
    t.add("", "v1", "secrets", "Secret", true, false);
    t.add("", "v1", "namespaces", "Namespace", false, true, "ns");
    t.add("", "v1", "serviceaccounts", "ServiceAccount", true, false, "sa");
    t.add("", "v1", "services", "Service", true, true, "svc");
    t.add("", "v1", "pods", "Pod", true, true, "po");
    t.add("", "v1", "events", "Event", true, false, "ev");
    t.add("", "v1", "persistentvolumeclaims", "PersistentVolumeClaim", true, true, "pvc");
    t.add("apps", "v1", "deployments", "Deployment", true, true, "deploy");
    t.add("apps", "v1", "statefulsets", "StatefulSet", true, true, "sts");
    t.add("apps", "v1", "daemonsets", "DaemonSet", true, true, "ds");
    t.add("apps", "v1", "replicasets", "ReplicaSet", true, true, "rs");
    t.add("batch", "v1", "jobs", "Job", true, true);
    t.add("batch", "v1", "cronjobs", "CronJob", true, true, "cj");
    String rbac = "rbac.authorization.k8s.io";
    t.add(rbac, "v1", "roles", "Role", true, false);
    t.add(rbac, "v1", "rolebindings", "RoleBinding", true, false);
    t.add(rbac, "v1", "clusterroles", "ClusterRole", false, false);
    t.add(rbac, "v1", "clusterrolebindings", "ClusterRoleBinding", false, false);
    t.add("coordination.k8s.io", "v1", "leases", "Lease", true, false);
    t.add(
        "apiextensions.k8s.io",
        "v1",
        "customresourcedefinitions",
        "CustomResourceDefinition",
        false,
        true,
        "crd",
        "crds");
    t.add("networking.k8s.io", "v1", "ingresses", "Ingress", true, true, "ing");
    t.add("networking.k8s.io", "v1", "networkpolicies", "NetworkPolicy", true, false, "netpol");
    t.add("policy", "v1", "poddisruptionbudgets", "PodDisruptionBudget", true, true, "pdb");
    String admission = "admissionregistration.k8s.io";
    t.add(
        admission,
        "v1",
        "mutatingwebhookconfigurations",
        "MutatingWebhookConfiguration",
        false,
        false);
    t.add(
        admission,
        "v1",
        "validatingwebhookconfigurations",
        "ValidatingWebhookConfiguration",
        false,
        false);
    String authorization = "authorization.k8s.io";
    t.addCreateOnly(authorization, "selfsubjectaccessreviews", "SelfSubjectAccessReview");
    t.addCreateOnly(authorization, "selfsubjectrulesreviews", "SelfSubjectRulesReview");
    t.addCreateOnly(authorization, "subjectaccessreviews", "SubjectAccessReview");
    return List.copyOf(t.rows);
  }

  /** Collects the rows of the table above with less repetition. */
  private static final class Table {
    private final List<ApiResource> rows = new ArrayList<>();

    void add(
        String group,
        String version,
        String plural,
        String kind,
        boolean namespaced,
        boolean status,
        String... shortNames) {
      rows.add(
          new ApiResource(
              group,
              version,
              plural,
              kind,
              namespaced,
              List.of(shortNames),
              CATEGORY_ALL.contains(plural) ? List.of("all") : List.of(),
              status,
              ApiResource.ALL_VERBS,
              List.of()));
    }

    void addCreateOnly(String group, String plural, String kind) {
      rows.add(
          new ApiResource(
              group,
              "v1",
              plural,
              kind,
              false,
              List.of(),
              List.of(),
              false,
              List.of("create"),
              List.of()));
    }
  }
}
