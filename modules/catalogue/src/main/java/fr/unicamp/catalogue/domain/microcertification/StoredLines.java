package fr.unicamp.catalogue.domain.microcertification;

import java.util.Arrays;
import java.util.List;

/**
 * How an aggregate stores a short list of texts (learning outcomes, criteria, levels, a session's
 * tutors) in one column: one entry per line. Entries are checked to fit before they are stored.
 */
public final class StoredLines {

  private StoredLines() {}

  /** Every entry written out on one line, and the whole list within {@code max} characters. */
  public static boolean fit(List<String> entries, int max) {
    return entries.stream()
            .allMatch(e -> e != null && !e.isBlank() && e.indexOf('\n') < 0 && e.indexOf('\r') < 0)
        && join(entries).length() <= max;
  }

  public static String join(List<String> entries) {
    return String.join("\n", entries);
  }

  /** The entries of a stored column; none when it is null or empty. */
  public static List<String> split(String column) {
    return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split("\n"));
  }
}
