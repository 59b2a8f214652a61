package fr.unicamp.integration.sis.config;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a university's nightly exchange is due, written as a five-field cron expression limited to
 * one run a day: {@code "<minute> <hour> * * *"} (e.g. {@code "30 2 * * *"}), in the business time
 * zone Europe/Paris. Anything richer is refused rather than half understood.
 */
public record DailySchedule(String cron, LocalTime at) {

  public static final ZoneId BUSINESS_ZONE = ZoneId.of("Europe/Paris");
  private static final Pattern DAILY =
      Pattern.compile("\\s*(\\d{1,2})\\s+(\\d{1,2})\\s+\\*\\s+\\*\\s+\\*\\s*");

  /**
   * @throws IllegalArgumentException if the expression is not a daily one with a valid time
   */
  public static DailySchedule parse(String cron) {
    Matcher m = DAILY.matcher(cron == null ? "" : cron);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + cron + "' is not a daily cron expression \"<minute> <hour> * * *\"");
    }
    int minute = Integer.parseInt(m.group(1));
    int hour = Integer.parseInt(m.group(2));
    if (minute > 59 || hour > 23) {
      throw new IllegalArgumentException("'" + cron + "' has no such time of day");
    }
    return new DailySchedule(cron.strip(), LocalTime.of(hour, minute));
  }

  /** The business date whose run is due at this instant, if any (from the time of day on). */
  public java.util.Optional<LocalDate> dueDate(ZonedDateTime now) {
    ZonedDateTime local = now.withZoneSameInstant(BUSINESS_ZONE);
    return local.toLocalTime().isBefore(at)
        ? java.util.Optional.empty()
        : java.util.Optional.of(local.toLocalDate());
  }
}
