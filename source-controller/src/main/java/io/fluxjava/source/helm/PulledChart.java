package io.fluxjava.source.helm;

/** A packaged chart fetched from a repository or registry. */
record PulledChart(String name, String version, byte[] archive) {}
