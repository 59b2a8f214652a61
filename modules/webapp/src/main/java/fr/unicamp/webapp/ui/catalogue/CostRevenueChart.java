package fr.unicamp.webapp.ui.catalogue;

import fr.unicamp.catalogue.domain.sustainability.CostRevenuePoint;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * The Chart.js configuration that PrimeFaces' {@code p:chart} draws: total cost and net revenue
 * against the number of learners, two lines that cross at the break-even.
 */
final class CostRevenueChart {

  private CostRevenueChart() {}

  /** The chart as JSON, labels in the user's language. */
  static String json(
      List<CostRevenuePoint> points, String costLabel, String revenueLabel, String learnersLabel) {
    JsonArrayBuilder learners = Json.createArrayBuilder();
    JsonArrayBuilder costs = Json.createArrayBuilder();
    JsonArrayBuilder revenues = Json.createArrayBuilder();
    for (CostRevenuePoint p : points) {
      learners.add(p.learners());
      costs.add(p.totalCost().amount());
      revenues.add(p.totalRevenue().amount());
    }
    return Json.createObjectBuilder()
        .add("type", "line")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", learners)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(line(costLabel, costs, "#c0392b"))
                        .add(line(revenueLabel, revenues, "#27ae60"))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("animation", false)
                .add(
                    "scales",
                    Json.createObjectBuilder().add("x", axis(learnersLabel)).add("y", axis("EUR"))))
        .build()
        .toString();
  }

  private static JsonObjectBuilder line(String label, JsonArrayBuilder values, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", values)
        .add("borderColor", colour)
        .add("backgroundColor", colour)
        .add("fill", false)
        .add("tension", 0);
  }

  private static JsonObjectBuilder axis(String title) {
    return Json.createObjectBuilder()
        .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
  }
}
