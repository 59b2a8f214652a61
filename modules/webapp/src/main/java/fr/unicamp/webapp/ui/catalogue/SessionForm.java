package fr.unicamp.webapp.ui.catalogue;

import fr.unicamp.catalogue.domain.session.Session;
import fr.unicamp.catalogue.domain.session.SessionModality;
import fr.unicamp.catalogue.domain.session.SessionPlan;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The session form of the edit page: a new session when {@link #getSessionId()} is null, the change
 * of that session otherwise. Tutors one per line; the rules are the domain's.
 */
public class SessionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long sessionId;
  private String code;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private LocalDate enrolmentOpensOn;
  private LocalDate enrolmentClosesOn;
  private Integer capacity;
  private SessionModality modality;
  private String tutors;
  private String lmsCourse;
  private String reason;

  /** The form filled with the plan of {@code session}, to change or cancel it. */
  static SessionForm of(Session session) {
    SessionPlan p = session.plan();
    SessionForm f = new SessionForm();
    f.sessionId = session.id();
    f.code = p.code();
    f.startsOn = p.startsOn();
    f.endsOn = p.endsOn();
    f.enrolmentOpensOn = p.enrolmentOpensOn();
    f.enrolmentClosesOn = p.enrolmentClosesOn();
    f.capacity = p.capacity();
    f.modality = p.modality();
    f.tutors = Lines.join(p.tutors());
    f.lmsCourse = p.lmsCourse();
    return f;
  }

  SessionPlan toPlan() {
    return new SessionPlan(
        code,
        startsOn,
        endsOn,
        enrolmentOpensOn,
        enrolmentClosesOn,
        capacity,
        modality,
        Lines.split(tutors),
        lmsCourse);
  }

  public boolean isChanging() {
    return sessionId != null;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public LocalDate getEnrolmentOpensOn() {
    return enrolmentOpensOn;
  }

  public void setEnrolmentOpensOn(LocalDate enrolmentOpensOn) {
    this.enrolmentOpensOn = enrolmentOpensOn;
  }

  public LocalDate getEnrolmentClosesOn() {
    return enrolmentClosesOn;
  }

  public void setEnrolmentClosesOn(LocalDate enrolmentClosesOn) {
    this.enrolmentClosesOn = enrolmentClosesOn;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public SessionModality getModality() {
    return modality;
  }

  public void setModality(SessionModality modality) {
    this.modality = modality;
  }

  public String getTutors() {
    return tutors;
  }

  public void setTutors(String tutors) {
    this.tutors = tutors;
  }

  public String getLmsCourse() {
    return lmsCourse;
  }

  public void setLmsCourse(String lmsCourse) {
    this.lmsCourse = lmsCourse;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
