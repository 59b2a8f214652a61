package fr.unicamp.catalogue.domain.microcertification;

import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.error.Rules;
import fr.unicamp.common.domain.university.UniversityCode;
import java.util.Locale;

/**
 * What staff look for in the catalogue; every criterion is optional and those given must all hold.
 * Tenancy is not a criterion: the repository only ever sees what the caller may read (for staff,
 * their university's entries and the published ones of the others).
 *
 * @param university the awarding university
 * @param minHours at least this many hours
 * @param maxHours at most this many hours
 * @param text a part of the code or of either title, whatever its case
 */
public record MicroCertificationFilter(
    MicroCertificationStatus status,
    UniversityCode university,
    Integer minHours,
    Integer maxHours,
    Integer eqfLevel,
    String text) {

  public static final int MAX_TEXT = 100;

  /** Checks every criterion at once; a blank text is no criterion. */
  public MicroCertificationFilter {
    text = text == null || text.isBlank() ? null : text.strip();
    new Rules()
        .require(minHours == null || minHours >= 0, "minHours", "error.range", 0, Integer.MAX_VALUE)
        .require(maxHours == null || maxHours >= 0, "maxHours", "error.range", 0, Integer.MAX_VALUE)
        .require(
            minHours == null || maxHours == null || minHours <= maxHours,
            "maxHours",
            "error.filter.hours-order",
            minHours,
            maxHours)
        .require(
            eqfLevel == null || eqfLevel >= 1 && eqfLevel <= 8, "eqfLevel", "error.range", 1, 8)
        .require(text == null || text.length() <= MAX_TEXT, "q", "error.text.too-long", MAX_TEXT)
        .throwIfAny();
  }

  /** No criterion: every micro-certification the caller may read. */
  public static MicroCertificationFilter none() {
    return new MicroCertificationFilter(null, null, null, null, null, null);
  }

  /** Only those with {@code status}. */
  public static MicroCertificationFilter withStatus(MicroCertificationStatus status) {
    return new MicroCertificationFilter(status, null, null, null, null, null);
  }

  /**
   * The text as a case-insensitive SQL {@code LIKE} pattern matching it anywhere, with {@code !} as
   * the escape character so that {@code %} and {@code _} typed by the user match themselves.
   */
  public String textPattern() {
    String lower = text.toLowerCase(Locale.ROOT);
    return "%" + lower.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
  }
}
