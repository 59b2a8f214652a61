package fr.unicamp.webapp.ui.catalogue;

import static fr.unicamp.common.domain.money.Money.eur;
import static org.assertj.core.api.Assertions.assertThat;

import fr.unicamp.catalogue.domain.sustainability.CostRevenuePoint;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostRevenueChartTest {

  @Test
  void draws_cost_and_revenue_as_two_lines_against_the_learners() {
    String json =
        CostRevenueChart.json(
            List.of(
                new CostRevenuePoint(0, eur("900.00"), eur("0.00")),
                new CostRevenuePoint(5, eur("1050.00"), eur("1050.00")),
                new CostRevenuePoint(10, eur("1200.00"), eur("2100.00"))),
            "Coût total",
            "Recette nette",
            "Apprenants");

    JsonObject chart = Json.createReader(new StringReader(json)).readObject();
    assertThat(chart.getString("type")).isEqualTo("line");
    JsonObject data = chart.getJsonObject("data");
    assertThat(data.getJsonArray("labels").getValuesAs(JsonNumber.class))
        .extracting(JsonNumber::intValue)
        .containsExactly(0, 5, 10);
    JsonArray datasets = data.getJsonArray("datasets");
    assertThat(datasets.getJsonObject(0).getString("label")).isEqualTo("Coût total");
    assertThat(amounts(datasets.getJsonObject(0)))
        .containsExactly(
            new BigDecimal("900.00"), new BigDecimal("1050.00"), new BigDecimal("1200.00"));
    assertThat(datasets.getJsonObject(1).getString("label")).isEqualTo("Recette nette");
    assertThat(amounts(datasets.getJsonObject(1)))
        .containsExactly(
            new BigDecimal("0.00"), new BigDecimal("1050.00"), new BigDecimal("2100.00"));
    assertThat(
            chart
                .getJsonObject("options")
                .getJsonObject("scales")
                .getJsonObject("x")
                .getJsonObject("title")
                .getString("text"))
        .isEqualTo("Apprenants");
  }

  private static List<BigDecimal> amounts(JsonObject dataset) {
    return dataset.getJsonArray("data").getValuesAs(JsonNumber.class).stream()
        .map(JsonNumber::bigDecimalValue)
        .toList();
  }
}
