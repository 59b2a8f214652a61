package fr.unicamp.catalogue.web;

import fr.unicamp.catalogue.domain.microcertification.CompetencyDefinition;
import java.util.List;

/**
 * One competency in {@code PUT} and {@code GET .../{id}/competencies}: codes, titles, the learning
 * outcomes it covers and its criteria grid. {@code passLevel} counts levels from 1 (the lowest):
 * the competency is awarded when every criterion reaches that level.
 */
public record CompetencyBody(
    String code,
    String titleFr,
    String titleEn,
    List<String> learningOutcomes,
    List<String> criteria,
    List<String> levels,
    Integer passLevel) {

  CompetencyDefinition toDefinition() {
    return new CompetencyDefinition(
        code, titleFr, titleEn, learningOutcomes, criteria, levels, passLevel);
  }

  static CompetencyBody of(CompetencyDefinition c) {
    return new CompetencyBody(
        c.code(),
        c.titleFr(),
        c.titleEn(),
        c.learningOutcomes(),
        c.criteria(),
        c.levels(),
        c.passLevel());
  }
}
