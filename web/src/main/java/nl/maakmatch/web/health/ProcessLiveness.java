package nl.maakmatch.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive as long as the JVM has memory headroom: a database outage must not make an orchestrator
 * restart the application, only take it out of rotation (readiness).
 */
@Liveness
@ApplicationScoped
public class ProcessLiveness implements HealthCheck {

  private static final double MAX_HEAP_USE = 0.95;

  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    long used = runtime.totalMemory() - runtime.freeMemory();
    double share = (double) used / runtime.maxMemory();
    return HealthCheckResponse.named("process")
        .status(share < MAX_HEAP_USE)
        .withData("heapUsedPct", Math.round(share * 100))
        .build();
  }
}
