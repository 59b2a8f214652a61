package fr.unicamp.webapp.ui.catalogue;

import fr.unicamp.catalogue.application.NewMicroCertification;
import fr.unicamp.common.domain.university.UniversityCode;
import java.io.Serializable;

/** The identity of a new draft: awarding university, code, titles and hours. */
public class NewDraftForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String university;
  private String code;
  private String titleFr;
  private String titleEn;
  private Integer hours;

  /** The request; a missing university or hours are reported by the service's rules. */
  NewMicroCertification toRequest() {
    return new NewMicroCertification(
        UniversityCode.of(university), code, titleFr, titleEn, hours == null ? 0 : hours);
  }

  public String getUniversity() {
    return university;
  }

  public void setUniversity(String university) {
    this.university = university;
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

  public Integer getHours() {
    return hours;
  }

  public void setHours(Integer hours) {
    this.hours = hours;
  }
}
