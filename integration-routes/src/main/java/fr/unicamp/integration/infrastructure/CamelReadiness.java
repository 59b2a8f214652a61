package fr.unicamp.integration.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.ServiceStatus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the CamelContext has started; reports how many routes it runs. */
@Readiness
@ApplicationScoped
public class CamelReadiness implements HealthCheck {

  @Inject CamelBootstrap camel;

  @Override
  public HealthCheckResponse call() {
    ServiceStatus status = camel.status();
    return HealthCheckResponse.named("camel")
        .status(status == ServiceStatus.Started)
        .withData("status", status.name())
        .withData(
            "routes", status == ServiceStatus.Started ? camel.context().getRoutes().size() : 0)
        .build();
  }
}
