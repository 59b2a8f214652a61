package fr.unicamp.webapp.rest;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing texts from the {@code fr.unicamp.messages} bundles: French by default, English on
 * request. Both the REST problem mapper and the UI use it, so a rule reads the same everywhere.
 */
public final class Messages {

  public static final String BUNDLE = "fr.unicamp.messages";

  private Messages() {}

  public static String text(Locale locale, String key, List<Object> arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, supported(locale), Messages.class.getClassLoader());
    try {
      return new MessageFormat(bundle.getString(key), bundle.getLocale())
          .format(arguments.toArray());
    } catch (MissingResourceException e) {
      return key + " " + arguments;
    }
  }

  public static Locale supported(Locale requested) {
    return requested != null && "en".equals(requested.getLanguage())
        ? Locale.ENGLISH
        : Locale.FRENCH;
  }
}
