package io.fluxjava.helm.chart;

/** Namespace and name of a chart source object. */
public record ChartKey(String namespace, String name) {

  @Override
  public String toString() {
    return namespace + "/" + name;
  }
}
