package fr.unicamp.webapp.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * User-facing texts from the {@code fr.unicamp.messages} bundles: French by default, English on
 * request. Both the REST problem mapper and the UI use it, so a rule reads the same everywhere.
 */
public final class Messages {

  public static final String BUNDLE = "fr.unicamp.messages";

  private Messages() {}

  /** The text for {@code key}, or the key itself with its arguments when no bundle has it. */
  public static String text(Locale locale, String key, List<Object> arguments) {
    return find(locale, key, arguments).orElse(key + " " + arguments);
  }

  public static Optional<String> find(Locale locale, String key, List<Object> arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            supported(locale),
            Messages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    if (!bundle.containsKey(key)) {
      return Optional.empty();
    }
    return Optional.of(
        new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments.toArray()));
  }

  public static Locale supported(Locale requested) {
    return requested != null && "en".equals(requested.getLanguage())
        ? Locale.ENGLISH
        : Locale.FRENCH;
  }
}
