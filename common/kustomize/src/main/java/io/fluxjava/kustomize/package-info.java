/**
 * A pure-Java kustomize engine whose output is identical to {@code kubectl kustomize} (kustomize
 * v5.5.0). Entry point: {@link io.fluxjava.kustomize.KustomizeBuilder}.
 */
package io.fluxjava.kustomize;
