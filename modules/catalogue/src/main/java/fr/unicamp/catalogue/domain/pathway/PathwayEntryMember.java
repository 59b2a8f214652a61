package fr.unicamp.catalogue.domain.pathway;

import fr.unicamp.common.domain.tenancy.TenantScoped;
import fr.unicamp.common.domain.university.UniversityCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One stored member of a {@link PathwayEntry}: the micro-certification's id and whether it is
 * required, with its university, code, titles and hours as they were when it was added. Published
 * entries do not change, so the copy is the entry; it lets the pathway say what it is made of even
 * when a member of another university, once retired, is no longer readable by its staff. The row
 * belongs to the pathway's university (tenancy), not to the member's.
 */
@Entity
@Table(name = "pathway_member")
public class PathwayEntryMember extends TenantScoped {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "pathway_id", nullable = false, updatable = false)
  private PathwayEntry pathway;

  @Column(name = "sort_order", nullable = false)
  private int position;

  @Column(name = "micro_certification_id", nullable = false)
  private long microCertificationId;

  @Column(name = "required", nullable = false)
  private boolean required;

  @Column(name = "member_university_id", nullable = false, length = 16)
  private String memberUniversity;

  @Column(name = "member_code", nullable = false, length = 40)
  private String code;

  @Column(name = "member_title_fr", nullable = false, length = PathwayEntry.MAX_TITLE)
  private String titleFr;

  @Column(name = "member_title_en", length = PathwayEntry.MAX_TITLE)
  private String titleEn;

  @Column(name = "member_hours", nullable = false)
  private int hours;

  protected PathwayEntryMember() {}

  PathwayEntryMember(PathwayEntry owner, int position, MemberFacts facts, boolean required) {
    super(owner.university());
    this.pathway = owner;
    this.position = position;
    this.microCertificationId = facts.id();
    this.required = required;
    this.memberUniversity = facts.university().value();
    this.code = facts.code();
    this.titleFr = facts.titleFr();
    this.titleEn = facts.titleEn();
    this.hours = facts.hours();
  }

  int position() {
    return position;
  }

  public long microCertificationId() {
    return microCertificationId;
  }

  public boolean required() {
    return required;
  }

  /** The university that awards the member micro-certification, not the pathway's. */
  public UniversityCode memberUniversity() {
    return UniversityCode.of(memberUniversity);
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

  /** The member as the pathway rules (bands, stacking) see it. */
  public PathwayMember toMember() {
    return new PathwayMember(
        new MicroCertificationRef(microCertificationId, memberUniversity(), hours), required);
  }

  @Override
  public String toString() {
    return code + (required ? "" : " (optional)");
  }
}
