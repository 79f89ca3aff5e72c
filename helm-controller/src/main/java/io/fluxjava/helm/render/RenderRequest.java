package io.fluxjava.helm.render;

import java.nio.file.Path;
import java.util.Map;

/**
 * What to render: the chart directory, the release name and namespace, the merged values, the
 * Kubernetes version for {@code .Capabilities} and whether to read {@code crds/}.
 */
public record RenderRequest(
    Path chartDir,
    String releaseName,
    String namespace,
    Map<String, Object> values,
    String kubeVersion,
    boolean includeCrds) {}
