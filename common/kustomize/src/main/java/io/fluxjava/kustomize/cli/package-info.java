/** The {@code build DIR} command line of the kustomize engine. */
package io.fluxjava.kustomize.cli;
