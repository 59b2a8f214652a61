package fr.unicamp.enrolment.application;

import fr.unicamp.common.domain.error.ForbiddenException;
import fr.unicamp.common.domain.security.Actor;
import fr.unicamp.common.domain.security.Role;

/**
 * Who may change enrolment data: staff, consortium admins and the system; not finance or auditors.
 */
final class Writers {

  private Writers() {}

  static void require(Actor actor) {
    boolean finance = actor.role().filter(r -> r == Role.FINANCE).isPresent();
    if (finance || !actor.canChange()) {
      throw new ForbiddenException(
          "error.read-only", actor.name() + " may not change enrolment data");
    }
  }
}
