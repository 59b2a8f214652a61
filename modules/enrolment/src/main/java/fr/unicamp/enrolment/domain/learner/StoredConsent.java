package fr.unicamp.enrolment.domain.learner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;

/** One row of {@code learner_consent}: the latest answer on one consent. */
@Embeddable
public class StoredConsent {

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 32)
  private ConsentKind kind;

  @Column(name = "granted", nullable = false)
  private boolean granted;

  /** UTC; EclipseLink maps OffsetDateTime, not Instant, to TIMESTAMP WITH TIME ZONE. */
  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  protected StoredConsent() {}

  StoredConsent(Consent consent) {
    this.kind = consent.kind();
    this.granted = consent.granted();
    this.recordedAt = consent.recordedAt();
  }

  Consent toConsent() {
    return new Consent(kind, granted, recordedAt);
  }
}
