package fr.unicamp.common.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paged list: the items and the cursor to pass as {@code after} for the next
 * page (null on the last page). Lists are never unbounded.
 */
public record Page<T>(List<T> items, String nextCursor) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  /** Clamps a requested page size into [1, MAX_LIMIT]. */
  public static int limit(Integer requested) {
    if (requested == null) {
      return DEFAULT_LIMIT;
    }
    return Math.max(1, Math.min(MAX_LIMIT, requested));
  }

  /**
   * Builds a page from {@code limit + 1} fetched rows: the extra row only proves there is a next
   * page, and the cursor is the key of the last row shown.
   */
  public static <R, T> Page<T> of(
      List<R> fetched, int limit, Function<R, T> toItem, Function<R, Object> key) {
    boolean more = fetched.size() > limit;
    List<R> shown = more ? fetched.subList(0, limit) : fetched;
    String cursor = more ? String.valueOf(key.apply(shown.get(shown.size() - 1))) : null;
    return new Page<>(shown.stream().map(toItem).toList(), cursor);
  }
}
