package fr.unicamp.catalogue.domain.workflow;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What publishing needs beyond the approval: the date the university's CFVU was informed, and
 * today's date (from the application clock) so that the CFVU date cannot lie in the future.
 */
public record PublicationFacts(LocalDate cfvuInformedOn, LocalDate today) {

  public PublicationFacts {
    Objects.requireNonNull(today, "today");
  }
}
