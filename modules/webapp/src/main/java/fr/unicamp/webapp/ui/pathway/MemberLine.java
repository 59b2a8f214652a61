package fr.unicamp.webapp.ui.pathway;

import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.pathway.MemberChoice;
import fr.unicamp.catalogue.domain.pathway.PathwayEntryMember;
import java.io.Serializable;

/**
 * A member on the edit page, before it is saved: which micro-certification, what it shows (code,
 * titles, university, hours) and whether it is required, which the page toggles.
 */
public class MemberLine implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long microCertificationId;
  private final String code;
  private final String titleFr;
  private final String titleEn;
  private final String university;
  private final int hours;
  private final boolean published;
  private boolean required;

  MemberLine(
      long microCertificationId,
      String code,
      String titleFr,
      String titleEn,
      String university,
      int hours,
      boolean published,
      boolean required) {
    this.microCertificationId = microCertificationId;
    this.code = code;
    this.titleFr = titleFr;
    this.titleEn = titleEn;
    this.university = university;
    this.hours = hours;
    this.published = published;
    this.required = required;
  }

  /** A stored member; {@code published} says whether it is still in the published catalogue. */
  static MemberLine of(PathwayEntryMember m, boolean published) {
    return new MemberLine(
        m.microCertificationId(),
        m.code(),
        m.titleFr(),
        m.titleEn(),
        m.memberUniversity().value(),
        m.hours(),
        published,
        m.required());
  }

  /** A published micro-certification picked from the catalogue; required until said otherwise. */
  static MemberLine picked(MicroCertification m) {
    return new MemberLine(
        m.id(), m.code(), m.titleFr(), m.titleEn(), m.university().value(), m.hours(), true, true);
  }

  MemberChoice toChoice() {
    return new MemberChoice(microCertificationId, required);
  }

  public String title(boolean english) {
    return english && titleEn != null ? titleEn : titleFr;
  }

  public long getMicroCertificationId() {
    return microCertificationId;
  }

  public String getCode() {
    return code;
  }

  public String getUniversity() {
    return university;
  }

  public int getHours() {
    return hours;
  }

  public boolean isPublished() {
    return published;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }
}
