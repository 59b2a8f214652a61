package fr.unicamp.webapp.rest;

import fr.unicamp.common.application.AuditLog;
import fr.unicamp.common.domain.audit.AuditEvent;
import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.common.web.Cursors;
import fr.unicamp.common.web.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/** {@code GET /api/audit}: the audit trail the caller may see, newest first, keyset-paged. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditLog audit;

  /** One audit event as the API shows it. */
  public record AuditEventView(
      long id,
      Instant occurredAt,
      String actor,
      String university,
      String action,
      String objectType,
      String objectId,
      String before,
      String after) {

    static AuditEventView of(AuditEvent e) {
      var change = e.change();
      return new AuditEventView(
          e.id(),
          e.occurredAt(),
          e.actor(),
          e.university().map(UniversityCode::value).orElse(null),
          change.action(),
          change.objectType(),
          change.objectId(),
          change.before(),
          change.after());
    }
  }

  @GET
  public Page<AuditEventView> list(
      @QueryParam("after") String after, @QueryParam("limit") Integer limit) {
    int size = Page.limit(limit);
    return Page.of(
        audit.latest(Cursors.afterId(after), size + 1), size, AuditEventView::of, AuditEvent::id);
  }
}
