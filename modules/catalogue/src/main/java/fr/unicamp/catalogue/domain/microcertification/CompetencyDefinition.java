package fr.unicamp.catalogue.domain.microcertification;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.Rules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One competency of a micro-certification's reference, as its designers write it: its code and
 * titles, the learning outcomes it covers, and its criteria grid ("grille critériée").
 *
 * <p>The grid assesses each criterion on the same ordered levels, lowest first. Its pass rule is
 * one number: a learner is awarded the competency when <em>every</em> criterion is assessed at
 * level {@code passLevel} or above, counting levels from 1.
 *
 * @param code short code, unique within the micro-certification (e.g. {@code C1})
 * @param learningOutcomes what a learner who holds it can do, one outcome per line
 * @param criteria what the assessor looks at, in order, one label each
 * @param levels the levels of the grid, lowest first, at least two
 * @param passLevel the level (1 = the first) every criterion must reach
 */
public record CompetencyDefinition(
    String code,
    String titleFr,
    String titleEn,
    List<String> learningOutcomes,
    List<String> criteria,
    List<String> levels,
    Integer passLevel) {

  public static final int MAX_COMPETENCIES = 20;
  public static final int MAX_LABEL = 300;
  public static final int MAX_LEVELS = 10;
  public static final int MAX_TITLE = 300;

  public CompetencyDefinition {
    code = code == null ? null : code.strip();
    titleFr = titleFr == null ? null : titleFr.strip();
    titleEn = titleEn == null || titleEn.isBlank() ? null : titleEn.strip();
    learningOutcomes = StoredLines.entries(learningOutcomes);
    criteria = StoredLines.entries(criteria);
    levels = StoredLines.entries(levels);
  }

  /** Every broken rule of a whole reference, fields as {@code competencies[0].levels}. */
  public static List<FieldError> violationsOf(List<CompetencyDefinition> competencies) {
    Rules rules = new Rules();
    rules.require(
        competencies.size() <= MAX_COMPETENCIES,
        "competencies",
        "error.competency.too-many",
        MAX_COMPETENCIES);
    List<FieldError> errors = new ArrayList<>(rules.errors());
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < competencies.size(); i++) {
      String field = "competencies[" + i + "]";
      CompetencyDefinition c = competencies.get(i);
      if (c == null) {
        errors.add(FieldError.of(field, "error.required"));
        continue;
      }
      errors.addAll(c.violations(field));
      if (c.code() != null && !codes.add(c.code())) {
        errors.add(FieldError.of(field + ".code", "error.competency.duplicate-code", c.code()));
      }
    }
    return errors;
  }

  /** Every broken rule of this competency, each field prefixed with {@code field}. */
  public List<FieldError> violations(String field) {
    return new Rules()
        .require(
            code != null && code.matches("[A-Z0-9][A-Z0-9.-]{0,19}"),
            field + ".code",
            "error.competency.code-format")
        .require(titleFr != null && !titleFr.isEmpty(), field + ".titleFr", "error.required")
        .require(
            titleFr == null || titleFr.length() <= MAX_TITLE,
            field + ".titleFr",
            "error.text.too-long",
            MAX_TITLE)
        .require(
            titleEn == null || titleEn.length() <= MAX_TITLE,
            field + ".titleEn",
            "error.text.too-long",
            MAX_TITLE)
        .require(
            !learningOutcomes.isEmpty(), field + ".learningOutcomes", "error.competency.outcomes")
        .require(
            StoredLines.fit(learningOutcomes, AnnexElements.MAX_TEXT),
            field + ".learningOutcomes",
            "error.outcomes.format")
        .require(!criteria.isEmpty(), field + ".criteria", "error.competency.criteria")
        .require(labelsFit(criteria), field + ".criteria", "error.competency.labels", MAX_LABEL)
        .require(
            levels.size() >= 2 && levels.size() <= MAX_LEVELS,
            field + ".levels",
            "error.competency.levels",
            2,
            MAX_LEVELS)
        .require(labelsFit(levels), field + ".levels", "error.competency.labels", MAX_LABEL)
        .require(passLevel != null, field + ".passLevel", "error.required")
        .require(
            passLevel == null
                || passLevel >= 1 && (levels.size() < 2 || passLevel <= levels.size()),
            field + ".passLevel",
            "error.competency.pass-level",
            1,
            levels.size())
        .errors();
  }

  /**
   * The grid's pass rule applied to one assessment: {@code levelPerCriterion} holds, for each
   * criterion in order, the level reached (counting from 1). Passed when every criterion reaches
   * {@link #passLevel()}.
   *
   * @throws IllegalArgumentException unless there is one level per criterion, each on the grid
   */
  public boolean isPassedBy(List<Integer> levelPerCriterion) {
    if (levelPerCriterion.size() != criteria.size()
        || levelPerCriterion.stream().anyMatch(l -> l == null || l < 1 || l > levels.size())) {
      throw new IllegalArgumentException(
          "one level from 1 to " + levels.size() + " per criterion, not " + levelPerCriterion);
    }
    return levelPerCriterion.stream().allMatch(l -> l >= passLevel);
  }

  private static boolean labelsFit(List<String> labels) {
    return StoredLines.fit(labels, AnnexElements.MAX_TEXT)
        && labels.stream().allMatch(l -> l.length() <= MAX_LABEL);
  }
}
