package fr.unicamp.webapp.infrastructure;

import fr.unicamp.common.application.UniversityRegistry;
import fr.unicamp.common.domain.security.Role;
import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.webapp.security.UserAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo data of a first start (like Keycloak's start-dev): a user for every role, one staff user
 * per university, and the demo catalogue ({@link DemoCatalogue}). Passwords are random and printed
 * once, unless {@code unicamp.demo.password} fixes one for all (tests do). Nothing is loaded when
 * any user exists, so a restart never resets anything.
 */
@ApplicationScoped
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  @Inject
  @ConfigProperty(name = "unicamp.demo.enabled")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "unicamp.demo.password")
  Optional<String> fixedPassword;

  @Inject
  @ConfigProperty(name = "unicamp.consortium.home-university")
  String homeUniversity;

  @Inject UserAccounts users;
  @Inject UniversityRegistry universities;
  @Inject DemoSessions demoSessions;
  @Inject DemoPathways demoPathways;
  @Inject DemoCatalogue demoCatalogue;

  private final SecureRandom random = new SecureRandom();

  @Transactional
  public void loadOnFirstStart() {
    if (!enabled || users.any()) {
      return;
    }
    List<String> lines = new ArrayList<>();
    UniversityCode home = UniversityCode.of(homeUniversity);
    lines.add(create("admin", "Consortium admin (FUN)", home, Role.CONSORTIUM_ADMIN));
    lines.add(create("finance", "Finance team", home, Role.FINANCE));
    lines.add(create("auditor", "Quality auditor", home, Role.AUDITOR));
    for (UniversityCode university : universities.configuredCodes()) {
      String username = "staff." + university.value().toLowerCase(Locale.ROOT);
      lines.add(create(username, "Staff " + university.value(), university, Role.UNIVERSITY_STAFF));
    }
    demoCatalogue.load();
    LOG.info(
        () ->
            "\n=== UniCamp demo users (printed once, at first start) ===\n"
                + String.join("\n", lines)
                + "\n=========================================================");
    demoSessions.planForPublished(); // catalogue sessions: two for each published entry
    demoPathways.stackPublishedCatalogue(); // pathways: last, from what is published by now
  }

  private String create(String username, String name, UniversityCode university, Role role) {
    String password = fixedPassword.filter(p -> !p.isBlank()).orElseGet(this::randomPassword);
    users.create(username, name, university, role, password, Locale.FRENCH);
    return String.format("  %-22s %-18s %-13s password: %s", username, role, university, password);
  }

  private String randomPassword() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
