package io.fluxjava.runtime.spring;

import io.fluxjava.runtime.options.CommandLineArgs;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts a controller application with upstream's flag syntax accepted on the command line. */
public final class FluxApplication {

  private FluxApplication() {}

  /** Runs {@code application} with Go-style flags rewritten for Spring Boot. */
  public static ConfigurableApplicationContext run(Class<?> application, String[] args) {
    return SpringApplication.run(application, CommandLineArgs.normalize(args));
  }
}
