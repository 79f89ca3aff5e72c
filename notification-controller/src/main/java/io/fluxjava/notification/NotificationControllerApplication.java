package io.fluxjava.notification;

import io.fluxjava.runtime.spring.FluxApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The notification-controller process: Flux's shared runtime plus the reconcilers of this package.
 */
@SpringBootApplication
public class NotificationControllerApplication {

  public static void main(String[] args) {
    FluxApplication.run(NotificationControllerApplication.class, args);
  }
}
