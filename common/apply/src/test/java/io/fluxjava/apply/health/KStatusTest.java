package io.fluxjava.apply.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.fluxjava.apply.Manifests;
import org.junit.jupiter.api.Test;

class KStatusTest {

  private static StatusResult status(String yaml) {
    return KStatus.compute(Manifests.map(yaml));
  }

  @Test
  void deploymentIsCurrentWhenAllReplicasAreAvailable() {
    String deployment =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: apps, generation: 2}
        spec: {replicas: 2}
        status:
          observedGeneration: 2
          replicas: 2
          updatedReplicas: 2
          readyReplicas: %d
          availableReplicas: %d
          conditions:
          - {type: Available, status: "True"}
          - {type: Progressing, status: "True", reason: NewReplicaSetAvailable}
        """;

    assertThat(status(deployment.formatted(2, 2)))
        .isEqualTo(StatusResult.current("Deployment is available. Replicas: 2"));
    assertThat(status(deployment.formatted(1, 1)))
        .isEqualTo(StatusResult.inProgress("Available: 1/2"));
  }

  @Test
  void deploymentPastItsProgressDeadlineFailed() {
    assertThat(
            status(
                """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, generation: 1}
                status:
                  observedGeneration: 1
                  conditions:
                  - {type: Progressing, status: "False", reason: ProgressDeadlineExceeded}
                """))
        .isEqualTo(StatusResult.failed("Progress deadline exceeded"));
  }

  @Test
  void unobservedGenerationIsInProgress() {
    assertThat(
            status(
                """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, generation: 3}
                status: {observedGeneration: 2}
                """))
        .isEqualTo(
            StatusResult.inProgress(
                "Deployment generation is 3, but latest observed generation is 2"));
  }

  @Test
  void objectBeingDeletedIsTerminating() {
    assertThat(
            status(
                    """
                    apiVersion: v1
                    kind: ConfigMap
                    metadata: {name: x, deletionTimestamp: "2026-01-01T00:00:00Z"}
                    """)
                .status())
        .isEqualTo(HealthStatus.TERMINATING);
  }

  @Test
  void statefulSetWaitsForReadyReplicasAndRevision() {
    String sts =
        """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: db}
        spec: {replicas: 3}
        status: {replicas: 3, readyReplicas: %d, currentReplicas: 3, currentRevision: a, updateRevision: %s}
        """;

    assertThat(status(sts.formatted(2, "a"))).isEqualTo(StatusResult.inProgress("Ready: 2/3"));
    assertThat(status(sts.formatted(3, "b")))
        .isEqualTo(StatusResult.inProgress("Waiting for updated revision to match current"));
    assertThat(status(sts.formatted(3, "a")).isCurrent()).isTrue();
  }

  @Test
  void daemonSetNeedsItsControllerToHaveActed() {
    assertThat(
            status(
                """
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: agent, generation: 1}
                """))
        .isEqualTo(StatusResult.inProgress("DaemonSet status.observedGeneration not found"));
    assertThat(
            status(
                """
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: agent, generation: 1}
                status: {observedGeneration: 1, desiredNumberScheduled: 2, currentNumberScheduled: 2,
                         updatedNumberScheduled: 2, numberAvailable: 2, numberReady: 1}
                """))
        .isEqualTo(StatusResult.inProgress("Ready: 1/2"));
  }

  @Test
  void replicaSetCountsAvailableReplicas() {
    assertThat(
            status(
                """
                apiVersion: apps/v1
                kind: ReplicaSet
                metadata: {name: web-1}
                spec: {replicas: 2}
                status: {replicas: 2, fullyLabeledReplicas: 2, availableReplicas: 2, readyReplicas: 2}
                """))
        .isEqualTo(StatusResult.current("ReplicaSet is available. Replicas: 2"));
  }

  @Test
  void jobSucceedsOrFails() {
    String job =
        """
        apiVersion: batch/v1
        kind: Job
        metadata: {name: migrate}
        status:
          startTime: "2026-01-01T00:00:00Z"
          failed: 1
          conditions: [{type: %s, status: "True"}]
        """;

    assertThat(status(job.formatted("Failed")))
        .isEqualTo(StatusResult.failed("Job Failed. failed: 1/1"));
    assertThat(status(job.formatted("Complete")).isCurrent()).isTrue();
    assertThat(status("apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\n"))
        .isEqualTo(StatusResult.inProgress("Job not started"));
  }

  @Test
  void persistentVolumeClaimMustBeBound() {
    assertThat(
            status(
                "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: d}\nstatus: {phase: Pending}\n"))
        .isEqualTo(StatusResult.inProgress("PVC is not Bound. phase: Pending"));
    assertThat(
            status(
                    "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: d}\nstatus: {phase: Bound}\n")
                .isCurrent())
        .isTrue();
  }

  @Test
  void loadBalancerServiceNeedsAClusterIp() {
    assertThat(
            status(
                "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {type: LoadBalancer}\n"))
        .isEqualTo(StatusResult.inProgress("ClusterIP not set. Service type: LoadBalancer"));
    assertThat(status("apiVersion: v1\nkind: Service\nmetadata: {name: s}\n").isCurrent()).isTrue();
  }

  @Test
  void customResourceDefinitionMustBeEstablished() {
    String crd =
        """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: {name: widgets.example.com}
        status:
          conditions: [{type: Established, status: "%s", reason: %s, message: "%s"}]
        """;

    assertThat(status(crd.formatted("True", "InitialNamesAccepted", "")))
        .isEqualTo(StatusResult.current("CRD is established"));
    assertThat(status(crd.formatted("False", "Installing", "")))
        .isEqualTo(StatusResult.inProgress("Install in progress"));
    assertThat(status(crd.formatted("False", "Conflict", "names clash")))
        .isEqualTo(StatusResult.failed("names clash"));
  }

  @Test
  void namespaceIsCurrentUntilDeleted() {
    assertThat(status("apiVersion: v1\nkind: Namespace\nmetadata: {name: apps}\n").isCurrent())
        .isTrue();
  }

  @Test
  void podCrashLoopingFailed() {
    assertThat(
            status(
                """
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                status:
                  phase: Running
                  containerStatuses:
                  - {name: app, state: {waiting: {reason: CrashLoopBackOff}}}
                """))
        .isEqualTo(StatusResult.failed("Containers in CrashLoop state: app"));
    assertThat(
            status(
                    """
                    apiVersion: v1
                    kind: Pod
                    metadata: {name: p}
                    status: {phase: Running, conditions: [{type: Ready, status: "True"}]}
                    """)
                .isCurrent())
        .isTrue();
  }

  @Test
  void customResourcesFollowReadyReconcilingAndStalled() {
    String kustomization =
        """
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata: {name: apps, generation: 4}
        status:
          observedGeneration: 4
          conditions: [{type: %s, status: "%s", message: "%s"}]
        """;

    assertThat(status(kustomization.formatted("Ready", "True", "Applied revision: main@sha1:1")))
        .isEqualTo(StatusResult.current("Resource is Ready"));
    assertThat(status(kustomization.formatted("Ready", "False", "dependency not ready")))
        .isEqualTo(StatusResult.inProgress("dependency not ready"));
    assertThat(status(kustomization.formatted("Reconciling", "True", "building")))
        .isEqualTo(StatusResult.inProgress("building"));
    assertThat(status(kustomization.formatted("Stalled", "True", "invalid path")))
        .isEqualTo(StatusResult.failed("invalid path"));
    assertThat(
            status("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n").isCurrent())
        .isTrue();
  }
}
