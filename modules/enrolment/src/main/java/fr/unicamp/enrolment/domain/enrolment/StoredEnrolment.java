package fr.unicamp.enrolment.domain.enrolment;

import fr.unicamp.common.domain.tenancy.TenantScoped;
import fr.unicamp.enrolment.domain.certification.MicroCertificationVersionId;
import fr.unicamp.enrolment.domain.learner.LearnerId;
import fr.unicamp.enrolment.domain.session.SessionId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * How an {@link Enrolment} is stored: one row of {@code enrolment} holding both machines and the
 * micro-certification version the session runs (what the learner is assessed against). The
 * aggregate stays plain Java; this row is written from it on every change and rebuilds it on every
 * read ({@link #toEnrolment()}).
 */
@Entity
@Table(name = "enrolment")
public class StoredEnrolment extends TenantScoped {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "learner_id", nullable = false)
  private long learnerId;

  @Column(name = "session_id", nullable = false, updatable = false)
  private long sessionId;

  @Column(name = "micro_certification_id", nullable = false, updatable = false)
  private long microCertificationId;

  @Column(name = "enrolled_on", nullable = false, updatable = false)
  private LocalDate enrolledOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "funding_source", nullable = false, length = 16)
  private FundingSource fundingSource;

  @Column(name = "order_reference", length = 60)
  private String orderReference;

  @Column(name = "agreement_number", length = 60)
  private String agreementNumber;

  @Column(name = "edof_folder_number", length = 60)
  private String edofFolderNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "admin_status", nullable = false, length = 20)
  private AdministrativeStatus adminStatus;

  @Column(name = "student_number", length = 20)
  private String studentNumber;

  @Column(name = "rejection_reason", length = AdministrativeEnrolment.MAX_REASON)
  private String rejectionReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "cancellation_kind", length = 16)
  private CancellationKind cancellationKind;

  @Column(name = "cancellation_reason", length = AdministrativeEnrolment.MAX_REASON)
  private String cancellationReason;

  @Column(name = "cancelled_on")
  private LocalDate cancelledOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "pedagogical_status", nullable = false, length = 16)
  private PedagogicalStatus pedagogicalStatus;

  @Column(name = "started_on")
  private LocalDate startedOn;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "withdrawal_cause", length = 16)
  private WithdrawalCause withdrawalCause;

  @Column(name = "withdrawal_comment", length = PedagogicalEnrolment.MAX_COMMENT)
  private String withdrawalComment;

  protected StoredEnrolment() {}

  private StoredEnrolment(Enrolment enrolment, MicroCertificationVersionId version) {
    super(enrolment.university());
    this.sessionId = enrolment.session().value();
    this.microCertificationId = version.value();
    this.enrolledOn = enrolment.enrolledOn();
    copy(enrolment);
  }

  /** A new row for an enrolment not stored yet, in a session running {@code version}. */
  public static StoredEnrolment of(Enrolment enrolment, MicroCertificationVersionId version) {
    return new StoredEnrolment(enrolment, version);
  }

  /** Writes the enrolment's current state into this row (session and version never change). */
  public void copy(Enrolment enrolment) {
    learnerId = enrolment.learner().value();
    Funding funding = enrolment.funding();
    fundingSource = funding.source();
    orderReference = funding.orderReference();
    agreementNumber = funding.agreementNumber();
    edofFolderNumber = funding.edofFolderNumber();
    AdministrativeEnrolment a = enrolment.administrative();
    adminStatus = a.status();
    studentNumber = a.studentNumber() == null ? null : a.studentNumber().value();
    rejectionReason = a.rejectionReason();
    Cancellation c = a.cancellation();
    cancellationKind = c == null ? null : c.kind();
    cancellationReason = c == null ? null : c.reason();
    cancelledOn = c == null ? null : c.on();
    PedagogicalEnrolment p = enrolment.pedagogical();
    pedagogicalStatus = p.status();
    startedOn = p.startedOn();
    endedOn = p.endedOn();
    withdrawalCause = p.withdrawalCause();
    withdrawalComment = p.withdrawalComment();
  }

  /** The aggregate this row holds. */
  public Enrolment toEnrolment() {
    Cancellation cancellation =
        cancellationKind == null
            ? null
            : new Cancellation(cancellationKind, cancellationReason, cancelledOn);
    return Enrolment.restore(
        id,
        university(),
        LearnerId.of(learnerId),
        SessionId.of(sessionId),
        enrolledOn,
        new Funding(fundingSource, orderReference, agreementNumber, edofFolderNumber),
        new AdministrativeEnrolment(
            adminStatus,
            studentNumber == null ? null : StudentNumber.of(studentNumber),
            rejectionReason,
            cancellation),
        new PedagogicalEnrolment(
            pedagogicalStatus, startedOn, endedOn, withdrawalCause, withdrawalComment));
  }

  public Long id() {
    return id;
  }

  public MicroCertificationVersionId version() {
    return MicroCertificationVersionId.of(microCertificationId);
  }
}
