package fr.unicamp.catalogue.domain.session;

import fr.unicamp.catalogue.domain.microcertification.ParticipationForm;
import fr.unicamp.catalogue.domain.microcertification.StoredLines;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.Rules;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What staff decide about a session: its code (unique within the micro-certification), its dates,
 * its enrolment window, its capacity, its modality, its tutors (one name each) and the reference of
 * its course in the LMS (a Moodle course id or URL). Texts are stripped; absent tutors are none.
 */
public record SessionPlan(
    String code,
    LocalDate startsOn,
    LocalDate endsOn,
    LocalDate enrolmentOpensOn,
    LocalDate enrolmentClosesOn,
    Integer capacity,
    SessionModality modality,
    List<String> tutors,
    String lmsCourse) {

  public static final String CODE_FORMAT = "[A-Z0-9][A-Z0-9-]{1,39}";
  public static final int MAX_TUTORS_TEXT = 4000;
  public static final int MAX_LMS_COURSE = 500;

  public SessionPlan {
    code = strip(code);
    tutors = tutors == null ? List.of() : tutors.stream().map(SessionPlan::strip).toList();
    lmsCourse = strip(lmsCourse);
    if (lmsCourse != null && lmsCourse.isEmpty()) {
      lmsCourse = null;
    }
  }

  /**
   * Every broken rule of this plan for a micro-certification of {@code form} (null: not described
   * yet, any modality fits): required fields, end ≥ start, opens ≤ closes ≤ end (enrolment may stay
   * open after the start, not after the end), capacity ≥ 1, a modality of that form, tutors one per
   * line, an LMS reference on one line.
   */
  public List<FieldError> violations(ParticipationForm form) {
    return new Rules()
        .require(code != null && code.matches(CODE_FORMAT), "code", "error.code.format")
        .require(startsOn != null, "startsOn", "error.required")
        .require(endsOn != null, "endsOn", "error.required")
        .require(enrolmentOpensOn != null, "enrolmentOpensOn", "error.required")
        .require(enrolmentClosesOn != null, "enrolmentClosesOn", "error.required")
        .require(capacity != null, "capacity", "error.required")
        .require(modality != null, "modality", "error.required")
        .require(
            startsOn == null || endsOn == null || !endsOn.isBefore(startsOn),
            "endsOn",
            "error.session.dates")
        .require(
            enrolmentOpensOn == null
                || enrolmentClosesOn == null
                || !enrolmentClosesOn.isBefore(enrolmentOpensOn),
            "enrolmentClosesOn",
            "error.session.window")
        .require(
            enrolmentClosesOn == null || endsOn == null || !enrolmentClosesOn.isAfter(endsOn),
            "enrolmentClosesOn",
            "error.session.window-after-end")
        .require(capacity == null || capacity >= 1, "capacity", "error.session.capacity")
        .require(
            modality == null || form == null || modality.form() == form,
            "modality",
            "error.session.modality",
            form,
            SessionModality.of(form).stream().map(Enum::name).collect(Collectors.joining(", ")))
        .require(
            StoredLines.fit(tutors, MAX_TUTORS_TEXT),
            "tutors",
            "error.session.tutors",
            MAX_TUTORS_TEXT)
        .require(
            lmsCourse == null
                || (lmsCourse.length() <= MAX_LMS_COURSE
                    && lmsCourse.indexOf('\n') < 0
                    && lmsCourse.indexOf('\r') < 0),
            "lmsCourse",
            "error.session.lms-course",
            MAX_LMS_COURSE)
        .errors();
  }

  /**
   * The fields that stay as they are once the session has started, each named as in the JSON, that
   * {@code other} sets differently; everything but the tutors and the LMS course.
   */
  List<String> frozenFieldsChangedBy(SessionPlan other) {
    return Stream.of(
            differs("code", code, other.code),
            differs("startsOn", startsOn, other.startsOn),
            differs("endsOn", endsOn, other.endsOn),
            differs("enrolmentOpensOn", enrolmentOpensOn, other.enrolmentOpensOn),
            differs("enrolmentClosesOn", enrolmentClosesOn, other.enrolmentClosesOn),
            differs("capacity", capacity, other.capacity),
            differs("modality", modality, other.modality))
        .filter(Objects::nonNull)
        .toList();
  }

  private static String differs(String field, Object mine, Object theirs) {
    return Objects.equals(mine, theirs) ? null : field;
  }

  private static String strip(String text) {
    return text == null ? null : text.strip();
  }
}
