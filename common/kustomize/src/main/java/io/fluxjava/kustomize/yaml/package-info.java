/**
 * YAML reading with kustomize's scalar rules, and a writer byte-compatible with the go-yaml v2
 * output kustomize prints.
 */
package io.fluxjava.kustomize.yaml;
