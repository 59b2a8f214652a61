package fr.unicamp.catalogue.domain.microcertification;

import fr.unicamp.common.domain.error.Rules;
import fr.unicamp.common.domain.tenancy.TenantScoped;
import fr.unicamp.common.domain.university.UniversityCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A micro-certification of the catalogue: a short (7 to 30 hours) competency-based course of one
 * awarding university, and the credential it awards. It starts as a draft; this first cut carries
 * the identity, titles and workload; the EU standard elements, versions and the review workflow
 * come with the catalogue capability.
 */
@Entity
@Table(name = "micro_certification")
public class MicroCertification extends TenantScoped {

  public static final int MIN_HOURS = 7;
  public static final int MAX_HOURS = 30;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "code", nullable = false, length = 40)
  private String code;

  @Column(name = "title_fr", nullable = false, length = 300)
  private String titleFr;

  @Column(name = "title_en", length = 300)
  private String titleEn;

  @Column(name = "hours", nullable = false)
  private int hours;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private MicroCertificationStatus status;

  protected MicroCertification() {}

  private MicroCertification(
      UniversityCode university, String code, String titleFr, String titleEn, int hours) {
    super(university);
    this.code = code;
    this.titleFr = titleFr;
    this.titleEn = titleEn;
    this.hours = hours;
    this.status = MicroCertificationStatus.DRAFT;
  }

  /** Drafts a new micro-certification; reports every broken rule at once. */
  public static MicroCertification draft(
      UniversityCode university, String code, String titleFr, String titleEn, int hours) {
    new Rules()
        .require(
            code != null && code.matches("[A-Z0-9][A-Z0-9-]{1,39}"), "code", "error.code.format")
        .require(titleFr != null && !titleFr.isBlank(), "titleFr", "error.required")
        .require(
            hours >= MIN_HOURS && hours <= MAX_HOURS,
            "hours",
            "error.hours.range",
            MIN_HOURS,
            MAX_HOURS)
        .throwIfAny();
    return new MicroCertification(university, code, titleFr.strip(), titleEn, hours);
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String titleFr() {
    return titleFr;
  }

  public String titleEn() {
    return titleEn;
  }

  public int hours() {
    return hours;
  }

  public MicroCertificationStatus status() {
    return status;
  }

  @Override
  public String toString() {
    return code + " (" + university() + ", " + hours + " h, " + status + ")";
  }
}
