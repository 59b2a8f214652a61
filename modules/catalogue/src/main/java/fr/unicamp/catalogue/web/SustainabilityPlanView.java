package fr.unicamp.catalogue.web;

import fr.unicamp.catalogue.domain.sustainability.SustainabilityPlan;

/** {@code GET .../{id}/sustainability-plan}: the stored inputs and what they work out to. */
public record SustainabilityPlanView(
    SustainabilityPlanBody.Design design,
    SustainabilityPlanBody.Session session,
    SustainabilityPlanBody.Learner learner,
    SustainabilityPlanBody.Price pricing,
    SustainabilityPlanBody.Sessions horizon,
    SustainabilityResultView result) {

  static SustainabilityPlanView of(SustainabilityPlan plan) {
    SustainabilityPlanBody inputs = SustainabilityPlanBody.of(plan);
    return new SustainabilityPlanView(
        inputs.design(),
        inputs.session(),
        inputs.learner(),
        inputs.pricing(),
        inputs.horizon(),
        SustainabilityResultView.of(plan.result()));
  }
}
