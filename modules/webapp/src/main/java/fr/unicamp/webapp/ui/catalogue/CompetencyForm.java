package fr.unicamp.webapp.ui.catalogue;

import fr.unicamp.catalogue.domain.microcertification.CompetencyDefinition;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One competency as the grid editor holds it: outcomes and levels one per line, criteria as rows
 * the user adds and removes.
 */
public class CompetencyForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One row of the criteria grid; a holder, so that the page can bind its label. */
  public static class Criterion implements Serializable {
    private static final long serialVersionUID = 1L;
    private String label;

    public Criterion() {}

    Criterion(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }

    public void setLabel(String label) {
      this.label = label;
    }
  }

  private String code;
  private String titleFr;
  private String titleEn;
  private String learningOutcomes;
  private String levels;
  private Integer passLevel;
  private final List<Criterion> criteria = new ArrayList<>();

  /** A new row: one empty criterion to fill in. */
  static CompetencyForm blank() {
    CompetencyForm f = new CompetencyForm();
    f.criteria.add(new Criterion());
    return f;
  }

  static CompetencyForm of(CompetencyDefinition c) {
    CompetencyForm f = new CompetencyForm();
    f.code = c.code();
    f.titleFr = c.titleFr();
    f.titleEn = c.titleEn();
    f.learningOutcomes = Lines.join(c.learningOutcomes());
    f.levels = Lines.join(c.levels());
    f.passLevel = c.passLevel();
    c.criteria().forEach(label -> f.criteria.add(new Criterion(label)));
    return f;
  }

  /** The definition; blank criteria rows are left out, the domain checks the rest. */
  CompetencyDefinition toDefinition() {
    List<String> labels =
        criteria.stream().map(Criterion::getLabel).filter(l -> l != null && !l.isBlank()).toList();
    return new CompetencyDefinition(
        code,
        titleFr,
        titleEn,
        Lines.split(learningOutcomes),
        labels,
        Lines.split(levels),
        passLevel);
  }

  public void addCriterion() {
    criteria.add(new Criterion());
  }

  public void removeCriterion(Criterion criterion) {
    criteria.remove(criterion);
  }

  public List<Criterion> getCriteria() {
    return criteria;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getTitleFr() {
    return titleFr;
  }

  public void setTitleFr(String titleFr) {
    this.titleFr = titleFr;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getLearningOutcomes() {
    return learningOutcomes;
  }

  public void setLearningOutcomes(String learningOutcomes) {
    this.learningOutcomes = learningOutcomes;
  }

  public String getLevels() {
    return levels;
  }

  public void setLevels(String levels) {
    this.levels = levels;
  }

  public Integer getPassLevel() {
    return passLevel;
  }

  public void setPassLevel(Integer passLevel) {
    this.passLevel = passLevel;
  }
}
