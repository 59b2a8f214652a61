package fr.unicamp.common.domain.security;

import fr.unicamp.common.domain.error.ForbiddenException;
import fr.unicamp.common.domain.tenancy.Tenant;
import fr.unicamp.common.domain.university.UniversityCode;
import java.util.Optional;

/**
 * Who is acting now: a logged-in user (with role and university), the system (nightly routes,
 * start-up) or nobody. The tenant follows from it: staff see their university, consortium roles and
 * the system see everything, nobody sees nothing.
 */
public record Actor(
    String name, Optional<Role> role, Optional<UniversityCode> university, boolean system) {

  public static final Actor ANONYMOUS =
      new Actor("anonymous", Optional.empty(), Optional.empty(), false);

  public static Actor user(String name, Role role, UniversityCode university) {
    return new Actor(name, Optional.of(role), Optional.of(university), false);
  }

  public static Actor system(String name) {
    return new Actor("system:" + name, Optional.empty(), Optional.empty(), true);
  }

  public Tenant tenant() {
    if (system || role.map(Role::seesWholeConsortium).orElse(false)) {
      return Tenant.ALL;
    }
    return university.filter(u -> role.isPresent()).map(Tenant::of).orElse(Tenant.NONE);
  }

  public boolean canChange() {
    return system || role.map(Role::canChange).orElse(false);
  }

  /**
   * Refuses (403), before any business rule, a caller who may not take a change that finance only
   * reads: finance with {@code financeKey}, the message that names its own restriction; auditors
   * and nobody with {@code error.read-only}. {@code what} ends the log detail ("may not ...").
   */
  public void requireMayChange(String financeKey, String what) {
    if (role.filter(r -> r == Role.FINANCE).isPresent()) {
      throw new ForbiddenException(financeKey, name + " " + what);
    }
    if (!canChange()) {
      throw new ForbiddenException("error.read-only", name + " " + what);
    }
  }
}
