package fr.unicamp.common.domain.audit;

import fr.unicamp.common.domain.tenancy.TenantScoped;
import fr.unicamp.common.domain.university.UniversityCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * One audited change. Append-only: every column is insert-only, the class has no mutator, and on
 * PostgreSQL a trigger refuses UPDATE and DELETE. Events without a university (consortium-wide or
 * system actions) are visible to consortium roles only, through the same tenant criteria.
 */
@Entity
@Table(name = "audit_event")
@AdditionalCriteria(TenantScoped.CRITERIA)
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Stored as UTC; EclipseLink maps OffsetDateTime, not Instant, to TIMESTAMP WITH TIME ZONE. */
  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Column(name = "actor", nullable = false, updatable = false, length = 100)
  private String actor;

  @Column(name = "university_id", updatable = false, length = 16)
  private String universityId;

  @Column(name = "action", nullable = false, updatable = false, length = 100)
  private String action;

  @Column(name = "object_type", nullable = false, updatable = false, length = 100)
  private String objectType;

  @Column(name = "object_id", nullable = false, updatable = false, length = 100)
  private String objectId;

  @Column(name = "before_summary", updatable = false, length = 4000)
  private String beforeSummary;

  @Column(name = "after_summary", updatable = false, length = 4000)
  private String afterSummary;

  protected AuditEvent() {}

  public AuditEvent(
      Instant occurredAt, String actor, UniversityCode university, AuditChange change) {
    this.occurredAt = occurredAt.atOffset(ZoneOffset.UTC);
    this.actor = actor;
    this.universityId = university == null ? null : university.value();
    this.action = change.action();
    this.objectType = change.objectType();
    this.objectId = change.objectId();
    this.beforeSummary = change.before();
    this.afterSummary = change.after();
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt.toInstant();
  }

  public String actor() {
    return actor;
  }

  public Optional<UniversityCode> university() {
    return Optional.ofNullable(universityId).map(UniversityCode::of);
  }

  public AuditChange change() {
    return new AuditChange(action, objectType, objectId, beforeSummary, afterSummary);
  }
}
