package io.fluxjava.helm;

import io.fluxjava.runtime.spring.FluxApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The helm-controller process: Flux's shared runtime plus the reconcilers of this package. */
@SpringBootApplication
public class HelmControllerApplication {

  public static void main(String[] args) {
    FluxApplication.run(HelmControllerApplication.class, args);
  }
}
