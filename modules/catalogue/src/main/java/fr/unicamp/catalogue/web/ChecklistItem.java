package fr.unicamp.catalogue.web;

import fr.unicamp.catalogue.domain.workflow.RuleCheck;
import java.util.List;

/**
 * One gate rule in {@code GET .../{id}/checklist}. The text is the UI's to render, in the user's
 * language, from {@code messageKey} and {@code arguments} (the message bundles live in the webapp).
 */
public record ChecklistItem(
    String rule, String field, String messageKey, List<Object> arguments, boolean passed) {

  static ChecklistItem of(RuleCheck check) {
    return new ChecklistItem(
        check.rule(), check.field(), check.messageKey(), check.arguments(), check.passed());
  }
}
