package fr.unicamp.integration.status;

import jakarta.enterprise.context.Dependent;
import jakarta.json.Json;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code GET /api/integration/status}: the Camel context's status and each route's status, as JSON.
 * Camel's REST DSL runs on camel-servlet, mounted by the webapp at {@code /api/integration}.
 */
@Dependent
public class IntegrationStatusRoutes extends RouteBuilder {

  @Override
  public void configure() {
    restConfiguration().component("servlet").contextPath("/api/integration");

    rest("/status")
        .get()
        .id("consortium-rest-status")
        .produces("application/json")
        .to("direct:integration-status");

    from("direct:integration-status")
        .routeId("consortium-rest-status-render")
        .process(
            exchange -> {
              var routes = Json.createArrayBuilder();
              for (Route route : exchange.getContext().getRoutes()) {
                routes.add(
                    Json.createObjectBuilder()
                        .add("id", route.getId())
                        .add(
                            "status",
                            exchange
                                .getContext()
                                .getRouteController()
                                .getRouteStatus(route.getId())
                                .name()));
              }
              String body =
                  Json.createObjectBuilder()
                      .add("camel", exchange.getContext().getStatus().name())
                      .add("routes", routes)
                      .build()
                      .toString();
              exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
              exchange.getMessage().setBody(body);
            });
  }
}
