package fr.unicamp.webapp.ui.pathway;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.error.UnicampException;
import fr.unicamp.webapp.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows the pathway service's answers on the pathway pages, in the user's language: every broken
 * rule of a refusal is listed in the page's messages, named after the field it concerns
 * ("Micro-certifications", "Micro-certification n° 2"), once; a rule on a field the form has an
 * input for also shows its text next to that input.
 */
final class RuleMessages {

  private static final Pattern INDEXED = Pattern.compile("([a-zA-Z]+)\\[(\\d+)\\].*");

  private RuleMessages() {}

  static void show(RuleViolationException e, String formId, Locale locale) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (FieldError f : e.fieldErrors()) {
      String text = Messages.text(locale, f.messageKey(), f.arguments());
      String line = label(f.field(), locale) + " : " + text;
      String inputId = formId + ":" + f.field();
      boolean hasInput = faces.getViewRoot().findComponent(inputId) instanceof UIInput;
      // the page's messages show the summary, the message beside the input its detail
      faces.addMessage(
          hasInput ? inputId : null, new FacesMessage(FacesMessage.SEVERITY_ERROR, line, text));
    }
  }

  static void error(UnicampException e, Locale locale) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR,
                Messages.text(locale, e.messageKey(), e.arguments()),
                null));
  }

  static void info(Locale locale, String key) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_INFO, Messages.text(locale, key, List.of()), null));
  }

  /** The field's name for users: {@code members[1].x} is the second member. */
  static String label(String field, Locale locale) {
    Matcher indexed = INDEXED.matcher(field);
    if (indexed.matches()) {
      List<Object> position = List.of(Integer.parseInt(indexed.group(2)) + 1);
      return Messages.find(locale, "pathways.field." + indexed.group(1) + ".one", position)
          .orElse(field);
    }
    return Messages.find(locale, "pathways.field." + field, List.of()).orElse(field);
  }
}
