package fr.unicamp.catalogue.web;

import fr.unicamp.catalogue.application.MicroCertificationService;
import fr.unicamp.catalogue.domain.sustainability.ChartScope;
import fr.unicamp.catalogue.domain.sustainability.SustainabilityPlan;
import fr.unicamp.common.domain.error.Rules;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;

/** The sustainability plan of a micro-certification: its inputs, its results and its chart. */
@Path("catalogue/micro-certifications/{id:[0-9]+}/sustainability-plan")
@Produces(MediaType.APPLICATION_JSON)
public class SustainabilityPlanResource {

  /** Without {@code to}, the chart goes to twice the forecast, and at least this far. */
  static final int DEFAULT_MIN_TO = 10;

  /** Without {@code step}, the chart has about this many intervals. */
  static final int DEFAULT_INTERVALS = 20;

  @Inject MicroCertificationService service;

  @GET
  public SustainabilityPlanView get(@PathParam("id") long id) {
    return SustainabilityPlanView.of(service.sustainabilityPlan(id));
  }

  /** Sets or replaces the plan of a draft; every broken rule is reported and nothing saved. */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public SustainabilityPlanView plan(@PathParam("id") long id, SustainabilityPlanBody body) {
    new Rules().require(body != null, "body", "error.required").throwIfAny();
    return SustainabilityPlanView.of(service.planSustainability(id, body.toPlan()));
  }

  /** Cost and revenue against learners, for one session or the whole horizon. */
  @GET
  @Path("curve")
  public List<CurvePointView> curve(
      @PathParam("id") long id,
      @QueryParam("scope") String scope,
      @QueryParam("from") Integer from,
      @QueryParam("to") Integer to,
      @QueryParam("step") Integer step) {
    ChartScope chart = scope(scope);
    SustainabilityPlan plan = service.sustainabilityPlan(id);
    int first = from == null ? 0 : from;
    int last = to == null ? Math.max(DEFAULT_MIN_TO, 2 * forecast(plan, chart)) : to;
    int every = step == null ? Math.max(1, (last - first) / DEFAULT_INTERVALS) : step;
    return plan.costRevenueCurve(chart, first, last, every).stream()
        .map(CurvePointView::of)
        .toList();
  }

  private static int forecast(SustainabilityPlan plan, ChartScope scope) {
    return scope == ChartScope.ONE_SESSION
        ? plan.horizon().forecastLearnersPerSession()
        : plan.horizon().forecastLearners();
  }

  private static ChartScope scope(String value) {
    if (value == null) {
      return ChartScope.ONE_SESSION;
    }
    ChartScope found =
        Arrays.stream(ChartScope.values())
            .filter(s -> s.name().equals(value))
            .findFirst()
            .orElse(null);
    new Rules()
        .require(
            found != null,
            "scope",
            "error.code.unknown",
            value,
            String.join(", ", Arrays.stream(ChartScope.values()).map(Enum::name).toList()))
        .throwIfAny();
    return found;
  }
}
