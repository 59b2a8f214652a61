package fr.unicamp.integration.heartbeat;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;

/** Beats every {@code unicamp.integration.heartbeat-period} (a Camel duration such as 10m). */
@Dependent
public class HeartbeatRoutes extends RouteBuilder {

  public static final String ROUTE_ID = "consortium-scheduler-heartbeat";

  @Inject Heartbeat heartbeat;

  @Override
  public void configure() {
    from("scheduler:heartbeat?delay={{unicamp.integration.heartbeat-period}}&initialDelay=1000")
        .routeId(ROUTE_ID)
        .process(exchange -> heartbeat.beat(ROUTE_ID))
        .id(ROUTE_ID + ".record");
  }
}
