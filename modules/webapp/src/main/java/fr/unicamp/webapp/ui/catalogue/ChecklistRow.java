package fr.unicamp.webapp.ui.catalogue;

import fr.unicamp.catalogue.domain.workflow.RuleCheck;
import fr.unicamp.webapp.i18n.Messages;
import java.util.Locale;

/** One line of the gate checklist as the page shows it: the rule in words and whether it passes. */
public record ChecklistRow(String rule, String text, boolean passed) {

  static ChecklistRow of(RuleCheck check, Locale locale) {
    return new ChecklistRow(
        check.rule(), Messages.text(locale, check.messageKey(), check.arguments()), check.passed());
  }
}
