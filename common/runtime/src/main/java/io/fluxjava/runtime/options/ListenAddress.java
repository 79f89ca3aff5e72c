package io.fluxjava.runtime.options;

/** A Go-style listen address: {@code :8080} (all interfaces) or {@code 127.0.0.1:8080}. */
public record ListenAddress(String host, int port) {

  /** Parses {@code [host]:port}. */
  public static ListenAddress parse(String address) {
    int colon = address.lastIndexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("address \"" + address + "\" lacks a port");
    }
    String host = address.substring(0, colon);
    return new ListenAddress(
        host.isEmpty() ? "0.0.0.0" : host, Integer.parseInt(address.substring(colon + 1)));
  }
}
