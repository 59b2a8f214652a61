package fr.unicamp.enrolment.application;

import fr.unicamp.common.application.CurrentActor;
import fr.unicamp.common.domain.security.Actor;
import fr.unicamp.common.domain.security.Role;
import fr.unicamp.common.domain.university.UniversityCode;

/** A caller fixed by the test. */
class FixedActor extends CurrentActor {

  Actor actor = Actor.user("staff.ulille", Role.UNIVERSITY_STAFF, UniversityCode.of("ULILLE"));

  @Override
  public Actor get() {
    return actor;
  }

  void as(Role role) {
    actor = Actor.user(role.name().toLowerCase(), role, UniversityCode.of("ULILLE"));
  }
}
