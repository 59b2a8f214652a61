package fr.unicamp.webapp.ui.catalogue;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.webapp.i18n.Messages;
import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One error of a refused import: the file's line and column the import names ({@code
 * line[3].hours}), or no line for an error of the whole file, and its text in the user's language.
 */
public record ImportErrorRow(Integer line, String column, String message) implements Serializable {

  private static final Pattern LINE_FIELD = Pattern.compile("line\\[([0-9]{1,9})](?:\\.(.+))?");

  static ImportErrorRow of(FieldError error, Locale locale) {
    String text = Messages.text(locale, error.messageKey(), error.arguments());
    Matcher m = LINE_FIELD.matcher(error.field());
    return m.matches()
        ? new ImportErrorRow(Integer.valueOf(m.group(1)), m.group(2), text)
        : new ImportErrorRow(null, error.field(), text);
  }
}
