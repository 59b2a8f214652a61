package fr.unicamp.catalogue.application;

import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.microcertification.MicroCertificationRepository;
import fr.unicamp.catalogue.domain.session.CertificationVersion;
import fr.unicamp.catalogue.domain.session.Session;
import fr.unicamp.catalogue.domain.session.SessionFilter;
import fr.unicamp.catalogue.domain.session.SessionPlan;
import fr.unicamp.catalogue.domain.session.SessionRepository;
import fr.unicamp.common.application.AuditLog;
import fr.unicamp.common.application.CurrentActor;
import fr.unicamp.common.domain.audit.AuditChange;
import fr.unicamp.common.domain.error.ConflictException;
import fr.unicamp.common.domain.error.ForbiddenException;
import fr.unicamp.common.domain.error.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Use cases on sessions, and what enrolment reads of them. Sessions are operational: only the
 * owning university's staff and the consortium roles see them; staff of the university and
 * consortium admins plan, change and cancel them; finance and auditors only read (403).
 */
@ApplicationScoped
public class SessionService {

  @Inject SessionRepository sessions;
  @Inject MicroCertificationRepository microCertifications;
  @Inject AuditLog audit;
  @Inject CurrentActor currentActor;

  /** The business clock (Europe/Paris), for "today". */
  @Inject Clock clock;

  /**
   * Plans a session of micro-certification {@code microCertificationId}, which must be APPROVED or
   * PUBLISHED; the code must be new within it (409 otherwise). Audited.
   */
  @Transactional
  public Session plan(long microCertificationId, SessionPlan plan) {
    requireMayChange();
    CertificationVersion version = versionForChange(microCertificationId);
    Session session = Session.plan(version, plan);
    requireUniqueCode(microCertificationId, session.code(), null);
    sessions.add(session);
    audit.record(
        session.university(),
        new AuditChange(
            "session.plan", "Session", session.id().toString(), null, summary(session)));
    return session;
  }

  /** Replaces a session's plan; once started only its tutors and LMS course change. Audited. */
  @Transactional
  public Session change(long id, SessionPlan plan) {
    return changeOf(
        id,
        "session.change",
        s -> {
          s.change(versionForChange(s.microCertificationId()), plan, today());
          requireUniqueCode(s.microCertificationId(), s.code(), s.id());
        });
  }

  /** Cancels a session for a stated reason; refused once cancelled or after its last day. */
  @Transactional
  public Session cancel(long id, String reason) {
    return changeOf(id, "session.cancel", s -> s.cancel(reason, clock));
  }

  @Transactional
  public Session get(long id) {
    return sessions.find(id).orElseThrow(() -> new NotFoundException("Session", id));
  }

  /**
   * One keyset page (by id) of the sessions of a micro-certification the caller may see; fetches
   * {@code limit + 1} rows to know if more follow. A published entry of another university shows
   * none: its sessions are not the caller's.
   */
  @Transactional
  public List<Session> ofMicroCertification(long microCertificationId, Long afterId, int limit) {
    microCertification(microCertificationId);
    return sessions.pageOf(microCertificationId, afterId, limit + 1);
  }

  /** One keyset page (by id) of the sessions the caller may see that {@code filter} keeps. */
  @Transactional
  public List<Session> list(SessionFilter filter, Long afterId, int limit) {
    return sessions.pageAfter(filter, afterId, limit + 1);
  }

  /** Whether learners may enrol in this session today (business clock). */
  @Transactional
  public boolean isOpenForEnrolment(long id) {
    return get(id).isOpenForEnrolment(today());
  }

  /** How many learners the session takes. */
  @Transactional
  public int capacity(long id) {
    return get(id).capacity();
  }

  /** Today in the business zone. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private Session changeOf(long id, String action, Consumer<Session> change) {
    requireMayChange();
    Session s = get(id);
    String before = summary(s);
    change.accept(s);
    sessions.update(s);
    audit.record(
        s.university(), new AuditChange(action, "Session", s.id().toString(), before, summary(s)));
    return s;
  }

  /** Finance and auditors read sessions; they change none, whatever the rules would say. */
  private void requireMayChange() {
    currentActor.get().requireMayChange("error.session.role", "may not plan sessions");
  }

  /**
   * The version a session is planned on or changed against. A published entry of another university
   * is readable but not the caller's to run: 403, as for its own changes.
   */
  private CertificationVersion versionForChange(long microCertificationId) {
    MicroCertification m = microCertification(microCertificationId);
    if (!currentActor.get().tenant().covers(m.university())) {
      throw new ForbiddenException(
          "error.micro-certification.foreign",
          "micro-certification " + microCertificationId + " belongs to " + m.university().value(),
          m.university().value());
    }
    return CertificationVersion.of(m);
  }

  private MicroCertification microCertification(long id) {
    return microCertifications
        .find(id)
        .orElseThrow(() -> new NotFoundException("MicroCertification", id));
  }

  private void requireUniqueCode(long microCertificationId, String code, Long self) {
    sessions
        .findByCode(microCertificationId, code)
        .filter(other -> !other.id().equals(self))
        .ifPresent(
            other -> {
              throw new ConflictException(
                  "error.session.duplicate-code", "session " + code + " exists", code);
            });
  }

  private static String summary(Session s) {
    return s + " tutors " + s.plan().tutors() + ", LMS " + s.plan().lmsCourse();
  }
}
