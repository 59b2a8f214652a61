package fr.unicamp.common.infrastructure.pdf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * What every page of a document repeats: a header naming the university that issues it, and a
 * footer with the generation date and "page x/y", in the document's language (French unless English
 * is asked for).
 *
 * @param header the issuing university's name
 * @param generatedOn the day the document was produced (the caller's clock, Europe/Paris)
 */
public record PdfPageFrame(String header, LocalDate generatedOn, Locale locale) {

  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  public PdfPageFrame {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(generatedOn, "generatedOn");
    locale =
        Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
  }

  public static PdfPageFrame french(String header, LocalDate generatedOn) {
    return new PdfPageFrame(header, generatedOn, Locale.FRENCH);
  }

  String generatedNote() {
    return locale == Locale.ENGLISH
        ? "Generated on " + generatedOn
        : "Généré le " + FRENCH_DATE.format(generatedOn);
  }

  String pageNote(int page, int pages) {
    return "Page " + page + "/" + pages;
  }

  /** The document's language as PDF readers and screen readers want it. */
  String languageTag() {
    return locale == Locale.ENGLISH ? "en" : "fr-FR";
  }
}
