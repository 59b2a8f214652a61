package fr.unicamp.webapp.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the code uses has a French and an English text, and both bundles agree. */
class MessagesTest {

  private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
  private static final Pattern KEY = Pattern.compile("\"((?:error|gate)\\.[a-z0-9.-]*[a-z0-9])\"");

  private static Properties bundle(String language) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        MessagesTest.class.getResourceAsStream(
            "/fr/unicamp/messages_" + language + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static Set<String> keysUsedInCode() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path file :
          files
              .filter(
                  p -> p.toString().contains("/src/main/java/") && p.toString().endsWith(".java"))
              .toList()) {
        Matcher m = KEY.matcher(Files.readString(file));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
    return keys;
  }

  @Test
  void every_key_used_in_the_code_has_both_texts() throws IOException {
    Set<String> used = keysUsedInCode();
    assertThat(used).contains("error.hours.range", "gate.hours", "error.workflow.transition");
    assertThat(bundle("fr").stringPropertyNames()).containsAll(used);
    assertThat(bundle("en").stringPropertyNames()).containsAll(used);
  }

  @Test
  void french_and_english_have_the_same_keys() throws IOException {
    assertThat(bundle("en").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(bundle("fr").stringPropertyNames());
  }

  @Test
  void texts_read_through_message_format_double_their_apostrophes() throws IOException {
    Pattern loneQuote = Pattern.compile("(?<!')'(?!')");
    for (String language : List.of("fr", "en")) {
      Properties texts = bundle(language);
      assertThat(texts.stringPropertyNames())
          .filteredOn(key -> key.startsWith("error.") || key.startsWith("gate."))
          .as("keys whose %s text has a lone apostrophe (MessageFormat would drop it)", language)
          .noneMatch(key -> loneQuote.matcher(texts.getProperty(key)).find());
    }
  }

  @Test
  void formats_arguments_and_apostrophes_in_each_language() {
    assertThat(Messages.text(Locale.FRENCH, "gate.cfvu-date", List.of()))
        .isEqualTo("Date d'information de la CFVU non postérieure à aujourd'hui");
    assertThat(Messages.text(Locale.ENGLISH, "error.hours.range", List.of(7, 30)))
        .isEqualTo("The workload must be between 7 and 30 hours.");
    assertThat(Messages.text(Locale.GERMAN, "error.hours.range", List.of(7, 30)))
        .as("an unsupported language falls back to French, never to the JVM's locale")
        .isEqualTo("La durée doit être comprise entre 7 et 30 heures.");
  }
}
