package fr.unicamp.enrolment.domain.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttendanceTest {

  private static final BigDecimal PLANNED = new BigDecimal("20");
  private static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC);

  @ParameterizedTest(name = "{0} h of 20 = {1} %")
  @CsvSource({"0, 0.00", "16, 80.00", "15.99, 79.95", "20, 100.00", "30, 150.00", "13.33, 66.65"})
  void the_rate_is_hours_realised_over_planned_in_percent_half_even(String hours, String percent) {
    assertThat(new AttendanceRate(new BigDecimal(hours), PLANNED).percent())
        .isEqualByComparingTo(percent);
  }

  @Test
  void the_threshold_is_compared_exactly_without_rounding() {
    BigDecimal planned = new BigDecimal("7");
    assertThat(new AttendanceRate(new BigDecimal("5.60"), planned).meets(80)).isTrue();
    assertThat(new AttendanceRate(new BigDecimal("5.59"), planned).meets(80)).isFalse();
    assertThat(new AttendanceRate(new BigDecimal("15.9999"), PLANNED).percent())
        .isEqualByComparingTo("80.00");
    assertThat(new AttendanceRate(new BigDecimal("15.9999"), PLANNED).meets(80)).isFalse();
    assertThat(new AttendanceRate(BigDecimal.ZERO, PLANNED).meets(0)).isTrue();
  }

  @Test
  void hours_are_at_least_zero_at_most_two_decimals_and_at_most_one_and_a_half_times_the_plan() {
    assertThat(AttendanceHours.violations(new BigDecimal("30"), PLANNED, "h")).isEmpty();
    assertThat(AttendanceHours.violations(new BigDecimal("0.00"), PLANNED, "h")).isEmpty();
    assertThat(AttendanceHours.violations(new BigDecimal("30.01"), PLANNED, "h"))
        .containsExactly(FieldError.of("h", "error.attendance.hours.too-many", "30", "20"));
    assertThat(AttendanceHours.violations(new BigDecimal("-0.5"), PLANNED, "h"))
        .containsExactly(FieldError.of("h", "error.attendance.hours.negative"));
    assertThat(AttendanceHours.violations(new BigDecimal("1.255"), PLANNED, "h"))
        .containsExactly(FieldError.of("h", "error.attendance.hours.scale", 2));
    assertThat(AttendanceHours.violations(null, PLANNED, "h"))
        .containsExactly(FieldError.of("h", "error.required"));
  }

  @Test
  void recording_replaces_the_total_and_returns_the_previous_one() {
    Attendance a =
        Attendance.first(
            EnrolmentId.of(1),
            new BigDecimal("4.5"),
            PLANNED,
            AttendanceSource.TUTOR,
            "staff.ulille",
            AT);

    BigDecimal previous =
        a.record(
            new BigDecimal("12"), PLANNED, AttendanceSource.LMS_IMPORT, "system", AT.plusDays(1));

    assertThat(previous).isEqualByComparingTo("4.5");
    assertThat(a.hoursRealised()).isEqualTo(new BigDecimal("12.00"));
    assertThat(a.source()).isEqualTo(AttendanceSource.LMS_IMPORT);
    assertThat(a.recordedAt()).isEqualTo(AT.plusDays(1));
    assertThat(a.rate(PLANNED).percent()).isEqualByComparingTo("60.00");
  }

  @Test
  void a_refused_recording_keeps_the_previous_figure() {
    Attendance a =
        Attendance.first(
            EnrolmentId.of(1),
            new BigDecimal("4.5"),
            PLANNED,
            AttendanceSource.TUTOR,
            "staff.ulille",
            AT);

    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () ->
                a.record(
                    new BigDecimal("-1"), PLANNED, AttendanceSource.TUTOR, "staff.ulille", AT));

    assertThat(error.fieldErrors()).extracting(FieldError::field).containsExactly("hoursRealised");
    assertThat(a.hoursRealised()).isEqualByComparingTo("4.5");
    assertThat(a.recordedAt()).isEqualTo(AT);
  }
}
