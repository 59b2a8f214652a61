package fr.unicamp.catalogue.domain.workflow;

import fr.unicamp.catalogue.domain.sustainability.SustainabilityPlan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A plain snapshot of what a micro-certification holds when it asks to leave the draft status, as
 * the {@link GateRule}s read it. Missing values are null (or empty lists): the rules, not this
 * record, decide what is missing. Categorical elements (assessment type, form of participation,
 * quality assurance, identity verification) are their codes: the gate only needs their presence.
 *
 * @param hours notional workload in hours
 * @param titleFr title in French (Annex I: title)
 * @param issuerCountry country or region of the issuer (Annex I), e.g. {@code FR}
 * @param awardingBody the awarding body (Annex I), the university's legal name
 * @param learningOutcomes learning outcomes (Annex I), in French
 * @param ects notional workload in ECTS credits (Annex I)
 * @param eqfLevel EQF level 1 to 8 (Annex I)
 * @param assessmentType type of assessment (Annex I)
 * @param participationForm form of participation: online, blended, onsite (Annex I)
 * @param qualityAssurance type of quality assurance (Annex I)
 * @param competencies the competency reference and the state of each criteria grid
 * @param identityVerification supervision and identity verification mode (Annex I, optional part)
 * @param attendanceThresholdPercent attendance a learner needs, 0 to 100
 * @param sustainabilityPlan the financial sustainability plan; valid whenever present
 */
public record GateFacts(
    Integer hours,
    String titleFr,
    String issuerCountry,
    String awardingBody,
    List<String> learningOutcomes,
    BigDecimal ects,
    Integer eqfLevel,
    String assessmentType,
    String participationForm,
    String qualityAssurance,
    List<CompetencyFacts> competencies,
    String identityVerification,
    BigDecimal attendanceThresholdPercent,
    SustainabilityPlan sustainabilityPlan) {

  public GateFacts {
    learningOutcomes = copy(learningOutcomes);
    competencies = copy(competencies);
  }

  /** A snapshot with nothing filled in, as a new draft would give. */
  public static GateFacts empty() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .hours(hours)
        .titleFr(titleFr)
        .issuerCountry(issuerCountry)
        .awardingBody(awardingBody)
        .learningOutcomes(learningOutcomes)
        .ects(ects)
        .eqfLevel(eqfLevel)
        .assessmentType(assessmentType)
        .participationForm(participationForm)
        .qualityAssurance(qualityAssurance)
        .competencies(competencies)
        .identityVerification(identityVerification)
        .attendanceThresholdPercent(attendanceThresholdPercent)
        .sustainabilityPlan(sustainabilityPlan);
  }

  /** Null stays empty, null elements are kept (a rule reads them as blank). */
  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** Builds a snapshot field by field; unset fields stay missing. */
  public static final class Builder {
    private Integer hours;
    private String titleFr;
    private String issuerCountry;
    private String awardingBody;
    private List<String> learningOutcomes;
    private BigDecimal ects;
    private Integer eqfLevel;
    private String assessmentType;
    private String participationForm;
    private String qualityAssurance;
    private List<CompetencyFacts> competencies;
    private String identityVerification;
    private BigDecimal attendanceThresholdPercent;
    private SustainabilityPlan sustainabilityPlan;

    private Builder() {}

    public Builder hours(Integer value) {
      hours = value;
      return this;
    }

    public Builder titleFr(String value) {
      titleFr = value;
      return this;
    }

    public Builder issuerCountry(String value) {
      issuerCountry = value;
      return this;
    }

    public Builder awardingBody(String value) {
      awardingBody = value;
      return this;
    }

    public Builder learningOutcomes(List<String> value) {
      learningOutcomes = value;
      return this;
    }

    public Builder ects(BigDecimal value) {
      ects = value;
      return this;
    }

    public Builder eqfLevel(Integer value) {
      eqfLevel = value;
      return this;
    }

    public Builder assessmentType(String value) {
      assessmentType = value;
      return this;
    }

    public Builder participationForm(String value) {
      participationForm = value;
      return this;
    }

    public Builder qualityAssurance(String value) {
      qualityAssurance = value;
      return this;
    }

    public Builder competencies(List<CompetencyFacts> value) {
      competencies = value;
      return this;
    }

    public Builder identityVerification(String value) {
      identityVerification = value;
      return this;
    }

    public Builder attendanceThresholdPercent(BigDecimal value) {
      attendanceThresholdPercent = value;
      return this;
    }

    public Builder sustainabilityPlan(SustainabilityPlan value) {
      sustainabilityPlan = value;
      return this;
    }

    public GateFacts build() {
      return new GateFacts(
          hours,
          titleFr,
          issuerCountry,
          awardingBody,
          learningOutcomes,
          ects,
          eqfLevel,
          assessmentType,
          participationForm,
          qualityAssurance,
          competencies,
          identityVerification,
          attendanceThresholdPercent,
          sustainabilityPlan);
    }
  }
}
