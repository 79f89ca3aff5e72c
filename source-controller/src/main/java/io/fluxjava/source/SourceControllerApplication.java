package io.fluxjava.source;

import io.fluxjava.runtime.spring.FluxApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The source-controller process: Flux's shared runtime plus the reconcilers of this package. */
@SpringBootApplication
public class SourceControllerApplication {

  public static void main(String[] args) {
    FluxApplication.run(SourceControllerApplication.class, args);
  }
}
