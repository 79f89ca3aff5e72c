package io.fluxjava.runtime.spring;

import io.fluxjava.runtime.josdk.FluxOperator;
import org.springframework.context.SmartLifecycle;

/** Starts the controllers once the application context is ready and stops them on shutdown. */
public final class OperatorLifecycle implements SmartLifecycle {

  private final FluxOperator operator;
  private volatile boolean running;

  public OperatorLifecycle(FluxOperator operator) {
    this.operator = operator;
  }

  @Override
  public void start() {
    operator.start();
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    operator.stop();
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
