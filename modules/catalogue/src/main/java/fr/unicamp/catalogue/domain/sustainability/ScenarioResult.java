package fr.unicamp.catalogue.domain.sustainability;

/** One column of a side-by-side comparison: the scenario's name, its plan and what it yields. */
public record ScenarioResult(String name, SustainabilityPlan plan, SustainabilityResult result) {}
