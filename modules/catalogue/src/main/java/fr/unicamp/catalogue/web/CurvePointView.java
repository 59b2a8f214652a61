package fr.unicamp.catalogue.web;

import static fr.unicamp.catalogue.web.SustainabilityPlanBody.text;

import fr.unicamp.catalogue.domain.sustainability.CostRevenuePoint;

/** One point of the cost-and-revenue chart, amounts as strings in euros. */
public record CurvePointView(int learners, String totalCost, String totalRevenue, String margin) {

  static CurvePointView of(CostRevenuePoint p) {
    return new CurvePointView(
        p.learners(), text(p.totalCost()), text(p.totalRevenue()), text(p.margin()));
  }
}
