package fr.unicamp.catalogue.domain.framework;

/** The framework's hour band of a micro-certification: 7 to 30 hours, both included. */
public final class Workload {

  public static final int MIN_HOURS = 7;
  public static final int MAX_HOURS = 30;

  private Workload() {}

  public static boolean withinBand(Integer hours) {
    return hours != null && hours >= MIN_HOURS && hours <= MAX_HOURS;
  }
}
