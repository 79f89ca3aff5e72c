package io.fluxjava.kustomizecontroller;

import io.fluxjava.runtime.spring.FluxApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The kustomize-controller process: Flux's shared runtime plus the reconcilers of this package. */
@SpringBootApplication
public class KustomizeControllerApplication {

  public static void main(String[] args) {
    FluxApplication.run(KustomizeControllerApplication.class, args);
  }
}
