package fr.unicamp.catalogue.domain.sustainability;

import fr.unicamp.common.domain.error.Rules;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A named variant of a plan ("price 390 €", "two sessions a year"), compared with others. */
public record Scenario(String name, SustainabilityPlan plan) {

  public static Scenario of(String name, SustainabilityPlan plan) {
    return new Scenario(name, plan);
  }

  /**
   * The result of each scenario, in the order given, so that a screen can show them in columns.
   * Names must be present and distinct: they are the columns' headers.
   */
  public static List<ScenarioResult> sideBySide(List<Scenario> scenarios) {
    Rules rules = new Rules();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario s = scenarios.get(i);
      String field = "scenarios[" + i + "]";
      boolean named = s.name() != null && !s.name().isBlank();
      rules.require(named, field + ".name", "error.required");
      rules.require(!named || names.add(s.name().strip()), field + ".name", "error.plan.scenario");
      rules.require(s.plan() != null, field + ".plan", "error.required");
    }
    rules.throwIfAny();
    return scenarios.stream()
        .map(s -> new ScenarioResult(s.name().strip(), s.plan(), s.plan().result()))
        .toList();
  }
}
