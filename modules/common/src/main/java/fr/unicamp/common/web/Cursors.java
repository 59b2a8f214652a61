package fr.unicamp.common.web;

import fr.unicamp.common.domain.error.RuleViolationException;

/** Reads the {@code after} cursor of keyset-paged lists. */
public final class Cursors {

  private Cursors() {}

  /** The id after which the next page starts, or null for the first page. */
  public static Long afterId(String after) {
    if (after == null || after.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(after);
    } catch (NumberFormatException e) {
      throw RuleViolationException.of("after", "error.cursor.invalid", after);
    }
  }
}
