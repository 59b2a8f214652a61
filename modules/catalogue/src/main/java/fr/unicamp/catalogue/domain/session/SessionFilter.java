package fr.unicamp.catalogue.domain.session;

import java.time.LocalDate;

/**
 * Which sessions a list shows: those starting on or after {@code from}, on or before {@code to},
 * and open for enrolment on {@code openOn}; a null part does not filter.
 */
public record SessionFilter(LocalDate from, LocalDate to, LocalDate openOn) {

  public static final SessionFilter ALL = new SessionFilter(null, null, null);
}
