package fr.unicamp.webapp.ui.catalogue;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.webapp.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Locale;

/**
 * Shows the service's rule violations on the edit page: next to the input named after the failing
 * field when the form has one (field {@code design.hours} → input {@code design_hours}), in the
 * page's messages otherwise (an entry of a list on the list's input); the page's messages list them
 * all, so a refusal shows every rule.
 */
final class FieldMessages {

  private FieldMessages() {}

  static void show(RuleViolationException e, String formClientId, Locale locale) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (FieldError f : e.fieldErrors()) {
      String text = Messages.text(locale, f.messageKey(), f.arguments());
      String inputId = inputOf(faces, formClientId, f.field());
      if (inputId != null) {
        faces.addMessage(inputId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
      } else {
        String line =
            f.messageKey().startsWith("gate.")
                ? Messages.text(locale, "catalogue.gate-failed", List.of(text))
                : f.field() + " : " + text;
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, line, null));
      }
    }
  }

  /**
   * The client id of the input showing {@code field} in the form, if it has one; an entry of a list
   * ({@code coProducers[2]}) shows on the list's input.
   */
  private static String inputOf(FacesContext faces, String formClientId, String field) {
    if (formClientId == null) {
      return null;
    }
    for (String name : List.of(field, field.replaceAll("\\[[0-9]+]$", ""))) {
      String inputId = formClientId + ":" + name.replace('.', '_');
      if (faces.getViewRoot().findComponent(inputId) != null) {
        return inputId;
      }
    }
    return null;
  }

  static void error(Locale locale, String key, Object... arguments) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR, Messages.text(locale, key, List.of(arguments)), null));
  }

  static void info(Locale locale, String key, Object... arguments) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_INFO, Messages.text(locale, key, List.of(arguments)), null));
  }
}
