package fr.unicamp.catalogue.domain.microcertification;

import fr.unicamp.catalogue.domain.framework.Workload;
import fr.unicamp.catalogue.domain.sustainability.SustainabilityPlan;
import fr.unicamp.catalogue.domain.workflow.AcademicReview;
import fr.unicamp.catalogue.domain.workflow.CatalogueWorkflow;
import fr.unicamp.catalogue.domain.workflow.GateFacts;
import fr.unicamp.catalogue.domain.workflow.GateRule;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.catalogue.domain.workflow.PublicationFacts;
import fr.unicamp.catalogue.domain.workflow.ReviewVerdict;
import fr.unicamp.catalogue.domain.workflow.RuleCheck;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.error.Rules;
import fr.unicamp.common.domain.money.Money;
import fr.unicamp.common.domain.tenancy.TenantScoped;
import fr.unicamp.common.domain.university.UniversityCode;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * A micro-certification of the catalogue: a short (7 to 30 hours) competency-based course of one
 * awarding university, and the credential it awards.
 *
 * <p>It starts as a DRAFT with its identity, titles and workload. While it is a draft its designers
 * describe it with the EU Annex I elements known before any learner ({@link AnnexElements}), its
 * competency reference with a criteria grid per competency ({@link #defineCompetencies}) and its
 * financial sustainability plan ({@link #planSustainability}). The gate of the review workflow
 * reads all of them ({@link #gateFacts()}) and lets it leave the draft for review only when every
 * rule passes. After submission the review sends it back with comments or approves it with the
 * academic review; an approved one is published once the CFVU was informed, and later retired for a
 * stated reason ({@link CatalogueWorkflow} decides; this entity stores what it recorded and when).
 *
 * <p>From approval on the row is frozen: enrolments and certificates reference it by id. Editing it
 * means drafting its next version ({@link #draftNextVersion}): a new row with the same university
 * and code, the next number and a link to the row it copies; {@link Versions} holds the rules
 * between the versions of one code.
 */
@Entity
@Table(name = "micro_certification")
@AdditionalCriteria(MicroCertification.CRITERIA)
public class MicroCertification extends TenantScoped {

  /**
   * The one exception to tenancy: published entries of every university are readable, so that staff
   * can build pathways with them. It replaces the inherited criteria; writes to another
   * university's row are still refused (the service answers 403, the tenant guard 404).
   *
   * <p>"Published" is read from the transition times, not the status: publishing sets {@code
   * published_at}, retiring {@code retired_at}, and nothing goes back, so the two say PUBLISHED
   * exactly when the status does. The status is an enum, and EclipseLink binds an enum literal of
   * additional criteria without its converter when the entity is reached through a join (the
   * competencies' criteria), which PostgreSQL refuses.
   */
  public static final String PUBLISHED_CRITERIA =
      "this.publishedAt IS NOT NULL AND this.retiredAt IS NULL";

  public static final String CRITERIA =
      "(" + TenantScoped.CRITERIA + ") OR (" + PUBLISHED_CRITERIA + ")";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "code", nullable = false, length = 40)
  private String code;

  /** 1 for the first; each new version of the code takes the highest number plus one. */
  @Column(name = "version", nullable = false)
  private int version = 1;

  /** The row this version was copied from; null for a first version. */
  @Column(name = "previous_version_id")
  private Long previousVersionId;

  @Column(name = "title_fr", nullable = false, length = 300)
  private String titleFr;

  @Column(name = "title_en", length = 300)
  private String titleEn;

  @Column(name = "hours", nullable = false)
  private int hours;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private MicroCertificationStatus status;

  @Column(name = "issuer_country", nullable = false, length = 2)
  private String issuerCountry = AnnexElements.FRANCE;

  @Column(name = "issuer_region", length = 100)
  private String issuerRegion;

  /** One outcome per line. */
  @Column(name = "learning_outcomes_fr", length = AnnexElements.MAX_TEXT)
  private String learningOutcomesFr;

  @Column(name = "learning_outcomes_en", length = AnnexElements.MAX_TEXT)
  private String learningOutcomesEn;

  @Column(name = "ects", precision = 4, scale = 2)
  private BigDecimal ects;

  @Column(name = "eqf_level")
  private Integer eqfLevel;

  @Enumerated(EnumType.STRING)
  @Column(name = "assessment_type", length = 32)
  private AssessmentType assessmentType;

  @Enumerated(EnumType.STRING)
  @Column(name = "participation_form", length = 16)
  private ParticipationForm participationForm;

  @Enumerated(EnumType.STRING)
  @Column(name = "quality_assurance", length = 32)
  private QualityAssuranceType qualityAssurance;

  @Enumerated(EnumType.STRING)
  @Column(name = "identity_verification", length = 32)
  private IdentityVerification identityVerification;

  @Column(name = "attendance_threshold_percent")
  private Integer attendanceThresholdPercent;

  @Column(name = "validity_months")
  private Integer validityMonths;

  /** Euros. */
  @Column(name = "price", precision = 10, scale = 2)
  private BigDecimal price;

  @Column(name = "nsf_code", length = 4)
  private String nsfCode;

  @Column(name = "prerequisites", length = AnnexElements.MAX_TEXT)
  private String prerequisites;

  @Column(name = "further_information", length = AnnexElements.MAX_TEXT)
  private String furtherInformation;

  @Column(name = "grade_scheme", length = AnnexElements.MAX_TEXT)
  private String gradeScheme;

  @Column(name = "integration_stackability", length = AnnexElements.MAX_TEXT)
  private String integrationStackability;

  @Embedded private AuthorshipColumns authorship;

  @OneToMany(mappedBy = "microCertification", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Competency> competencies = new ArrayList<>();

  @Embedded private SustainabilityPlanColumns sustainabilityPlan;

  public static final int MAX_REVIEWER = AcademicReview.MAX_REVIEWER;

  @Column(name = "send_back_comments", length = AnnexElements.MAX_TEXT)
  private String sendBackComments;

  @Column(name = "review_reviewer", length = MAX_REVIEWER)
  private String reviewer;

  @Column(name = "review_date")
  private LocalDate reviewedOn;

  @Column(name = "review_opinion", length = AnnexElements.MAX_TEXT)
  private String reviewOpinion;

  @Enumerated(EnumType.STRING)
  @Column(name = "review_verdict", length = 40)
  private ReviewVerdict reviewVerdict;

  @Column(name = "cfvu_informed_on")
  private LocalDate cfvuInformedOn;

  @Column(name = "retirement_reason", length = AnnexElements.MAX_TEXT)
  private String retirementReason;

  /** UTC; EclipseLink maps OffsetDateTime, not Instant, to TIMESTAMP WITH TIME ZONE. */
  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  @Column(name = "sent_back_at")
  private OffsetDateTime sentBackAt;

  @Column(name = "approved_at")
  private OffsetDateTime approvedAt;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Column(name = "retired_at")
  private OffsetDateTime retiredAt;

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
            Workload.withinBand(hours),
            "hours",
            "error.hours.range",
            Workload.MIN_HOURS,
            Workload.MAX_HOURS)
        .throwIfAny();
    return new MicroCertification(university, code, titleFr.strip(), titleEn, hours);
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public int version() {
    return version;
  }

  public Optional<Long> previousVersionId() {
    return Optional.ofNullable(previousVersionId);
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

  /**
   * Replaces the Annex I elements of a draft with {@code elements}, all of them at once; reports
   * every broken rule together and changes nothing then.
   */
  public void describe(AnnexElements elements) {
    requireDraft();
    List<FieldError> violations = elements.violations();
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    store(elements);
  }

  /**
   * As {@link #describe(AnnexElements)}, with the {@link Authorship} replaced too; co-producers
   * must be universities of {@code consortium}. Every broken rule of both is reported together.
   */
  public void describe(
      AnnexElements elements, Authorship authorship, Collection<UniversityCode> consortium) {
    requireDraft();
    List<FieldError> violations = new ArrayList<>(elements.violations());
    violations.addAll(authorship.violations(university(), consortium));
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    store(elements);
    this.authorship = AuthorshipColumns.of(authorship);
  }

  private void store(AnnexElements elements) {
    issuerCountry = elements.issuerCountry();
    issuerRegion = elements.issuerRegion();
    learningOutcomesFr = lines(elements.learningOutcomesFr());
    learningOutcomesEn = lines(elements.learningOutcomesEn());
    ects = elements.ects();
    eqfLevel = elements.eqfLevel();
    assessmentType = elements.assessmentType();
    participationForm = elements.participationForm();
    qualityAssurance = elements.qualityAssurance();
    identityVerification = elements.identityVerification();
    attendanceThresholdPercent = elements.attendanceThresholdPercent();
    validityMonths = elements.validityMonths();
    price = elements.price() == null ? null : elements.price().amount();
    nsfCode = elements.nsfCode();
    prerequisites = elements.prerequisites();
    furtherInformation = elements.furtherInformation();
    gradeScheme = elements.gradeScheme();
    integrationStackability = elements.integrationStackability();
  }

  /** The co-producers, the team and the brand; none until described. */
  public Authorship authorship() {
    return AuthorshipColumns.read(authorship);
  }

  /** The Annex I elements as they are now. */
  public AnnexElements annex() {
    return new AnnexElements(
        issuerCountry,
        issuerRegion,
        StoredLines.split(learningOutcomesFr),
        StoredLines.split(learningOutcomesEn),
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

  /**
   * Replaces the competency reference of a draft with {@code definitions}, in that order; reports
   * every broken rule together (fields {@code competencies[i].…}) and changes nothing then.
   */
  public void defineCompetencies(List<CompetencyDefinition> definitions) {
    requireDraft();
    List<FieldError> violations = CompetencyDefinition.violationsOf(definitions);
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    storeCompetencies(definitions);
  }

  private void storeCompetencies(List<CompetencyDefinition> definitions) {
    competencies.clear();
    for (int i = 0; i < definitions.size(); i++) {
      competencies.add(new Competency(this, i, definitions.get(i)));
    }
  }

  /** The competency reference, in its order; empty until defined. */
  public List<CompetencyDefinition> competencies() {
    return competencies.stream()
        .sorted((a, b) -> Integer.compare(a.position(), b.position()))
        .map(Competency::definition)
        .toList();
  }

  /** Sets (or replaces) the sustainability plan of a draft; the plan checked its own rules. */
  public void planSustainability(SustainabilityPlan plan) {
    requireDraft();
    sustainabilityPlan = SustainabilityPlanColumns.of(Objects.requireNonNull(plan, "plan"));
  }

  public Optional<SustainabilityPlan> sustainabilityPlan() {
    return sustainabilityPlan == null || !sustainabilityPlan.isSet()
        ? Optional.empty()
        : Optional.of(sustainabilityPlan.toPlan());
  }

  /** What the publish gate reads. The awarding body is the university. */
  public GateFacts gateFacts() {
    return PublishGateFacts.of(this);
  }

  /** Every gate rule with whether it passes now, for the designers' checklist. */
  public List<RuleCheck> checklist() {
    return GateRule.checklist(gateFacts());
  }

  /** Leaves the draft for review; refused with every failing gate rule otherwise. */
  public void submitForReview() {
    submitForReview(Clock.systemUTC());
  }

  /** As {@link #submitForReview()}, noting the time from {@code clock}. */
  public void submitForReview(Clock clock) {
    apply(workflow().submitForReview(gateFacts()));
    submittedAt = now(clock);
  }

  /** Sends a submitted micro-certification back to its designers, with comments. */
  public void sendBack(String comments, Clock clock) {
    requireAllowed(workflow().canSendBack(), "SEND_BACK");
    requireAtMost("comments", comments, AnnexElements.MAX_TEXT);
    apply(workflow().sendBack(comments));
    sentBackAt = now(clock);
  }

  /** Approves a submitted micro-certification with its academic review recorded in full. */
  public void approve(AcademicReview review, Clock clock) {
    requireAllowed(workflow().canApprove(), "APPROVE");
    AcademicReview stripped = review == null ? null : review.checkedAndStripped();
    apply(workflow().approve(stripped));
    approvedAt = now(clock);
  }

  /**
   * Publishes an approved micro-certification once the CFVU was informed, on a date that is not
   * after today in {@code clock}; refused with every failing publication rule otherwise.
   */
  public void publish(LocalDate cfvuInformedOn, Clock clock) {
    apply(workflow().publish(new PublicationFacts(cfvuInformedOn, LocalDate.now(clock))));
    publishedAt = now(clock);
  }

  /** Withdraws a published micro-certification from sale for good, saying why. */
  public void retire(String reason, Clock clock) {
    requireAllowed(workflow().canRetire(), "RETIRE");
    requireAtMost("reason", reason, AnnexElements.MAX_TEXT);
    apply(workflow().retire(reason));
    retiredAt = now(clock);
  }

  /**
   * The next version of this frozen micro-certification, numbered {@code number}: a new DRAFT of
   * the same university and code that copies everything its designers wrote (titles, hours, Annex I
   * elements, competencies with their grids, the plan, the authorship) and links back to this row,
   * which stays as it is. Nothing the review recorded is copied. {@link Versions} picks the number
   * and checks the other versions first.
   */
  public MicroCertification draftNextVersion(int number) {
    requireFrozen();
    if (number <= version) {
      throw new IllegalArgumentException("version " + number + " does not follow " + this);
    }
    MicroCertification next = new MicroCertification(university(), code, titleFr, titleEn, hours);
    next.version = number;
    next.previousVersionId = Objects.requireNonNull(id, "only a stored row has versions");
    next.store(annex());
    next.storeCompetencies(competencies());
    next.sustainabilityPlan = sustainabilityPlan().map(SustainabilityPlanColumns::of).orElse(null);
    next.authorship = AuthorshipColumns.of(authorship());
    return next;
  }

  /** Whether a change needs a new version: approved, published or retired. */
  public boolean canDraftNextVersion() {
    return status.isFrozen();
  }

  void requireFrozen() {
    if (!canDraftNextVersion()) {
      throw RuleViolationException.of("status", "error.version.not-frozen", status.name());
    }
  }

  /** The workflow as stored: status, send-back comments, review, CFVU date, retirement reason. */
  public CatalogueWorkflow workflow() {
    AcademicReview review =
        reviewer == null && reviewedOn == null && reviewVerdict == null && reviewOpinion == null
            ? null
            : new AcademicReview(reviewer, reviewedOn, reviewVerdict, reviewOpinion);
    return CatalogueWorkflow.restore(
        status, sendBackComments, review, cfvuInformedOn, retirementReason);
  }

  public Optional<OffsetDateTime> submittedAt() {
    return Optional.ofNullable(submittedAt);
  }

  public Optional<OffsetDateTime> sentBackAt() {
    return Optional.ofNullable(sentBackAt);
  }

  public Optional<OffsetDateTime> approvedAt() {
    return Optional.ofNullable(approvedAt);
  }

  public Optional<OffsetDateTime> publishedAt() {
    return Optional.ofNullable(publishedAt);
  }

  public Optional<OffsetDateTime> retiredAt() {
    return Optional.ofNullable(retiredAt);
  }

  private void apply(CatalogueWorkflow next) {
    status = next.status();
    sendBackComments = next.sendBackComments();
    AcademicReview review = next.academicReview();
    reviewer = review == null ? null : review.reviewer();
    reviewedOn = review == null ? null : review.reviewedOn();
    reviewVerdict = review == null ? null : review.verdict();
    reviewOpinion = review == null ? null : review.opinion();
    cfvuInformedOn = next.cfvuInformedOn();
    retirementReason = next.retirementReason();
  }

  /** The forbidden transition is reported before any other rule, as the workflow does. */
  private void requireAllowed(boolean allowed, String action) {
    if (!allowed) {
      throw RuleViolationException.of("status", "error.workflow.transition", status.name(), action);
    }
  }

  private static void requireAtMost(String field, String text, int max) {
    new Rules()
        .require(text == null || text.strip().length() <= max, field, "error.text.too-long", max)
        .throwIfAny();
  }

  private static OffsetDateTime now(Clock clock) {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  private void requireDraft() {
    if (status != MicroCertificationStatus.DRAFT) {
      throw RuleViolationException.of(
          "status", "error.micro-certification.not-draft", status.name());
    }
  }

  private static String lines(List<String> outcomes) {
    return outcomes.isEmpty() ? null : StoredLines.join(outcomes);
  }

  @Override
  public String toString() {
    return code + " v" + version + " (" + university() + ", " + hours + " h, " + status + ")";
  }
}
