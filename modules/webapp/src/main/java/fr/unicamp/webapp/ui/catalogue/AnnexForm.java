package fr.unicamp.webapp.ui.catalogue;

import fr.unicamp.catalogue.domain.microcertification.AnnexElements;
import fr.unicamp.catalogue.domain.microcertification.AssessmentType;
import fr.unicamp.catalogue.domain.microcertification.IdentityVerification;
import fr.unicamp.catalogue.domain.microcertification.ParticipationForm;
import fr.unicamp.catalogue.domain.microcertification.QualityAssuranceType;
import fr.unicamp.common.domain.money.Money;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The Annex I elements as the edit page holds them: outcomes as one text per language, one line
 * each. The rules are the domain's: {@link #toElements()} only carries the values over.
 */
public class AnnexForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String issuerCountry;
  private String issuerRegion;
  private String learningOutcomesFr;
  private String learningOutcomesEn;
  private BigDecimal ects;
  private Integer eqfLevel;
  private AssessmentType assessmentType;
  private ParticipationForm participationForm;
  private QualityAssuranceType qualityAssurance;
  private IdentityVerification identityVerification;
  private Integer attendanceThresholdPercent;
  private Integer validityMonths;
  private BigDecimal price;
  private String nsfCode;
  private String prerequisites;
  private String furtherInformation;
  private String gradeScheme;
  private String integrationStackability;

  static AnnexForm of(AnnexElements a) {
    AnnexForm f = new AnnexForm();
    f.issuerCountry = a.issuerCountry();
    f.issuerRegion = a.issuerRegion();
    f.learningOutcomesFr = Lines.join(a.learningOutcomesFr());
    f.learningOutcomesEn = Lines.join(a.learningOutcomesEn());
    f.ects = a.ects();
    f.eqfLevel = a.eqfLevel();
    f.assessmentType = a.assessmentType();
    f.participationForm = a.participationForm();
    f.qualityAssurance = a.qualityAssurance();
    f.identityVerification = a.identityVerification();
    f.attendanceThresholdPercent = a.attendanceThresholdPercent();
    f.validityMonths = a.validityMonths();
    f.price = a.price() == null ? null : a.price().amount();
    f.nsfCode = a.nsfCode();
    f.prerequisites = a.prerequisites();
    f.furtherInformation = a.furtherInformation();
    f.gradeScheme = a.gradeScheme();
    f.integrationStackability = a.integrationStackability();
    return f;
  }

  AnnexElements toElements() {
    return new AnnexElements(
        issuerCountry == null || issuerCountry.isBlank() ? null : issuerCountry,
        issuerRegion,
        Lines.split(learningOutcomesFr),
        Lines.split(learningOutcomesEn),
        ects,
        eqfLevel,
        assessmentType,
        participationForm,
        qualityAssurance,
        identityVerification,
        attendanceThresholdPercent,
        validityMonths,
        price == null ? null : Money.eur(price),
        nsfCode,
        prerequisites,
        furtherInformation,
        gradeScheme,
        integrationStackability);
  }

  public String getIssuerCountry() {
    return issuerCountry;
  }

  public void setIssuerCountry(String issuerCountry) {
    this.issuerCountry = issuerCountry;
  }

  public String getIssuerRegion() {
    return issuerRegion;
  }

  public void setIssuerRegion(String issuerRegion) {
    this.issuerRegion = issuerRegion;
  }

  public String getLearningOutcomesFr() {
    return learningOutcomesFr;
  }

  public void setLearningOutcomesFr(String learningOutcomesFr) {
    this.learningOutcomesFr = learningOutcomesFr;
  }

  public String getLearningOutcomesEn() {
    return learningOutcomesEn;
  }

  public void setLearningOutcomesEn(String learningOutcomesEn) {
    this.learningOutcomesEn = learningOutcomesEn;
  }

  public BigDecimal getEcts() {
    return ects;
  }

  public void setEcts(BigDecimal ects) {
    this.ects = ects;
  }

  public Integer getEqfLevel() {
    return eqfLevel;
  }

  public void setEqfLevel(Integer eqfLevel) {
    this.eqfLevel = eqfLevel;
  }

  public AssessmentType getAssessmentType() {
    return assessmentType;
  }

  public void setAssessmentType(AssessmentType assessmentType) {
    this.assessmentType = assessmentType;
  }

  public ParticipationForm getParticipationForm() {
    return participationForm;
  }

  public void setParticipationForm(ParticipationForm participationForm) {
    this.participationForm = participationForm;
  }

  public QualityAssuranceType getQualityAssurance() {
    return qualityAssurance;
  }

  public void setQualityAssurance(QualityAssuranceType qualityAssurance) {
    this.qualityAssurance = qualityAssurance;
  }

  public IdentityVerification getIdentityVerification() {
    return identityVerification;
  }

  public void setIdentityVerification(IdentityVerification identityVerification) {
    this.identityVerification = identityVerification;
  }

  public Integer getAttendanceThresholdPercent() {
    return attendanceThresholdPercent;
  }

  public void setAttendanceThresholdPercent(Integer attendanceThresholdPercent) {
    this.attendanceThresholdPercent = attendanceThresholdPercent;
  }

  public Integer getValidityMonths() {
    return validityMonths;
  }

  public void setValidityMonths(Integer validityMonths) {
    this.validityMonths = validityMonths;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public String getNsfCode() {
    return nsfCode;
  }

  public void setNsfCode(String nsfCode) {
    this.nsfCode = nsfCode;
  }

  public String getPrerequisites() {
    return prerequisites;
  }

  public void setPrerequisites(String prerequisites) {
    this.prerequisites = prerequisites;
  }

  public String getFurtherInformation() {
    return furtherInformation;
  }

  public void setFurtherInformation(String furtherInformation) {
    this.furtherInformation = furtherInformation;
  }

  public String getGradeScheme() {
    return gradeScheme;
  }

  public void setGradeScheme(String gradeScheme) {
    this.gradeScheme = gradeScheme;
  }

  public String getIntegrationStackability() {
    return integrationStackability;
  }

  public void setIntegrationStackability(String integrationStackability) {
    this.integrationStackability = integrationStackability;
  }
}
