package fr.unicamp.common.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock, in the business time zone (Europe/Paris); tests of domain code pass their own. */
@ApplicationScoped
public class ClockProducer {

  public static final ZoneId BUSINESS_ZONE = ZoneId.of("Europe/Paris");

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(BUSINESS_ZONE);
  }
}
