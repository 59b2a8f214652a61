package fr.unicamp.enrolment.web;

import fr.unicamp.common.domain.error.Rules;
import fr.unicamp.common.web.Cursors;
import fr.unicamp.common.web.Page;
import fr.unicamp.enrolment.application.Enrolled;
import fr.unicamp.enrolment.application.EnrolmentService;
import fr.unicamp.enrolment.domain.enrolment.AdministrativeStatus;
import fr.unicamp.enrolment.domain.enrolment.Enrolment;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentFilter;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import fr.unicamp.enrolment.domain.enrolment.PedagogicalStatus;
import fr.unicamp.enrolment.domain.enrolment.WithdrawalCause;
import fr.unicamp.enrolment.domain.session.SessionId;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Enrolments over REST. Creating one is idempotent on the order reference (201 the first time, 200
 * with the same enrolment on a repeat, 409 when the reference enrolled someone else); the actions
 * of both lifecycles are {@code POST /api/enrolments/{id}/{action}}. Tenancy: another university's
 * enrolment or session is a 404; finance and auditors read only.
 */
@Path("enrolments")
@Produces(MediaType.APPLICATION_JSON)
public class EnrolmentResource {

  @Inject EnrolmentService service;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response enrol(EnrolmentRequest body, @Context UriInfo uri) {
    new Rules().require(body != null, "body", "error.required").throwIfAny();
    Enrolled outcome = service.admit(body.toNewEnrolment());
    Enrolment e = outcome.enrolment();
    var location = uri.getAbsolutePathBuilder().path(e.id().toString()).build();
    Response.ResponseBuilder reply =
        outcome.created() ? Response.created(location) : Response.ok().location(location);
    return reply.entity(EnrolmentView.of(e)).build();
  }

  /** A keyset page, by id, of the enrolments the caller may see, optionally filtered. */
  @GET
  public Page<EnrolmentView> list(
      @QueryParam("session") String session,
      @QueryParam("adminStatus") String adminStatus,
      @QueryParam("pedagogicalStatus") String pedagogicalStatus,
      @QueryParam("after") String after,
      @QueryParam("limit") Integer limit) {
    Rules rules = new Rules();
    Long sessionId = RequestFields.id(rules, "session", session);
    EnrolmentFilter filter =
        new EnrolmentFilter(
            sessionId == null ? null : SessionId.of(sessionId),
            RequestFields.code(rules, "adminStatus", AdministrativeStatus.class, adminStatus),
            RequestFields.code(
                rules, "pedagogicalStatus", PedagogicalStatus.class, pedagogicalStatus));
    rules.throwIfAny();
    int size = Page.limit(limit);
    return Page.of(
        service.list(filter, Cursors.afterId(after), size), size, EnrolmentView::of, Enrolment::id);
  }

  @GET
  @Path("{id:[0-9]+}")
  public EnrolmentView get(@PathParam("id") long id) {
    return EnrolmentView.of(service.get(EnrolmentId.of(id)));
  }

  /**
   * One action of either lifecycle; 422 naming the rule when the status does not allow it ({@code
   * administrativeStatus} or {@code pedagogicalStatus}) or a field it needs is missing.
   */
  @POST
  @Path(
      "{id:[0-9]+}/{action:register|send-to-sis|confirm-by-sis|reject-by-sis|cancel"
          + "|start|complete|fail|withdraw}")
  @Consumes(MediaType.APPLICATION_JSON)
  public EnrolmentView act(
      @PathParam("id") long id, @PathParam("action") String action, ActionRequest body) {
    ActionRequest b = ActionRequest.orEmpty(body);
    EnrolmentId e = EnrolmentId.of(id);
    Enrolment result =
        switch (action) {
          case "register" -> service.register(e);
          case "send-to-sis" -> service.sendToSis(e);
          case "confirm-by-sis" -> service.confirmBySis(e, b.studentNumber());
          case "reject-by-sis" -> service.rejectBySis(e, b.reason());
          case "cancel" -> service.cancel(e, b.reason(), cause(b));
          case "start" -> service.start(e);
          case "complete" -> service.complete(e);
          case "fail" -> service.fail(e);
          case "withdraw" -> service.withdraw(e, cause(b), b.comment());
          default -> throw new IllegalArgumentException("unmapped action " + action);
        };
    return EnrolmentView.of(result);
  }

  private static WithdrawalCause cause(ActionRequest body) {
    Rules rules = new Rules();
    WithdrawalCause cause =
        RequestFields.code(rules, "withdrawalCause", WithdrawalCause.class, body.withdrawalCause());
    rules.throwIfAny();
    return cause;
  }
}
