package fr.unicamp.catalogue.domain.microcertification;

import fr.unicamp.common.domain.tenancy.TenantScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * One stored competency of a micro-certification's reference, with its criteria grid. It belongs to
 * the {@link MicroCertification} aggregate: it is created and replaced only through {@link
 * MicroCertification#defineCompetencies}, and read as a {@link CompetencyDefinition}. Outcomes,
 * criteria and levels are stored one per line, like the Annex I learning outcomes: they are only
 * ever read and written as whole lists.
 */
@Entity
@Table(name = "competency")
@AdditionalCriteria(Competency.CRITERIA)
public class Competency extends TenantScoped {

  /** As for its micro-certification: the competencies of a published entry are readable by all. */
  public static final String CRITERIA =
      "("
          + TenantScoped.CRITERIA
          + ") OR (this.microCertification.publishedAt IS NOT NULL"
          + " AND this.microCertification.retiredAt IS NULL)";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "micro_certification_id", nullable = false, updatable = false)
  private MicroCertification microCertification;

  @Column(name = "sort_order", nullable = false)
  private int position;

  @Column(name = "code", nullable = false, length = 20)
  private String code;

  @Column(name = "title_fr", nullable = false, length = CompetencyDefinition.MAX_TITLE)
  private String titleFr;

  @Column(name = "title_en", length = CompetencyDefinition.MAX_TITLE)
  private String titleEn;

  @Column(name = "learning_outcomes", nullable = false, length = AnnexElements.MAX_TEXT)
  private String learningOutcomes;

  @Column(name = "criteria_labels", nullable = false, length = AnnexElements.MAX_TEXT)
  private String criteria;

  @Column(name = "level_labels", nullable = false, length = AnnexElements.MAX_TEXT)
  private String levels;

  @Column(name = "pass_level", nullable = false)
  private int passLevel;

  protected Competency() {}

  Competency(MicroCertification owner, int position, CompetencyDefinition definition) {
    super(owner.university());
    this.microCertification = owner;
    this.position = position;
    this.code = definition.code();
    this.titleFr = definition.titleFr();
    this.titleEn = definition.titleEn();
    this.learningOutcomes = StoredLines.join(definition.learningOutcomes());
    this.criteria = StoredLines.join(definition.criteria());
    this.levels = StoredLines.join(definition.levels());
    this.passLevel = definition.passLevel();
  }

  int position() {
    return position;
  }

  CompetencyDefinition definition() {
    return new CompetencyDefinition(
        code,
        titleFr,
        titleEn,
        StoredLines.split(learningOutcomes),
        StoredLines.split(criteria),
        StoredLines.split(levels),
        passLevel);
  }
}
