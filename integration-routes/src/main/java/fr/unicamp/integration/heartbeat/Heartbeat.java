package fr.unicamp.integration.heartbeat;

import fr.unicamp.common.application.AuditLog;
import fr.unicamp.common.application.CurrentActor;
import fr.unicamp.common.domain.audit.AuditChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.concurrent.atomic.AtomicLong;

/** Records one heartbeat in the audit trail, as the system actor. */
@ApplicationScoped
public class Heartbeat {

  public static final String ACTION = "integration.heartbeat";

  @Inject AuditLog audit;
  @Inject CurrentActor currentActor;

  private final AtomicLong beats = new AtomicLong();

  @Transactional
  public void beat(String routeId) {
    long n = beats.incrementAndGet();
    currentActor.runAsSystem(
        "heartbeat",
        () -> audit.record(null, new AuditChange(ACTION, "Route", routeId, null, "beat " + n)));
  }
}
