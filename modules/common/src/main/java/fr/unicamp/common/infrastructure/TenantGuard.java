package fr.unicamp.common.infrastructure;

import fr.unicamp.common.application.CurrentActor;
import fr.unicamp.common.domain.error.ForbiddenException;
import fr.unicamp.common.domain.error.NotFoundException;
import fr.unicamp.common.domain.security.Actor;
import fr.unicamp.common.domain.tenancy.TenantScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;

/**
 * The write half of the tenancy mechanism, registered for every entity in {@code orm.xml}: a
 * tenant-scoped row may only be written by an actor whose tenant covers its university, and an
 * auditor writes nothing. A foreign university is reported as not found, like a foreign row.
 */
public class TenantGuard {

  @PrePersist
  @PreUpdate
  @PreRemove
  void check(Object entity) {
    if (!(entity instanceof TenantScoped row)) {
      return;
    }
    Actor actor = CDI.current().select(CurrentActor.class).get().get();
    if (!actor.tenant().covers(row.university())) {
      throw new NotFoundException("University", row.university().value());
    }
    if (!actor.canChange()) {
      throw new ForbiddenException(
          "error.read-only", actor.name() + " may not change " + entity.getClass().getSimpleName());
    }
  }
}
