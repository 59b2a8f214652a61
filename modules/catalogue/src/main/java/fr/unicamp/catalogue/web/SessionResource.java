package fr.unicamp.catalogue.web;

import fr.unicamp.catalogue.application.SessionService;
import fr.unicamp.catalogue.domain.session.Session;
import fr.unicamp.catalogue.domain.session.SessionFilter;
import fr.unicamp.common.domain.error.Rules;
import fr.unicamp.common.web.Cursors;
import fr.unicamp.common.web.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;

/**
 * Sessions over REST. They are operational: staff see only their university's, the consortium roles
 * every one; finance and auditors read only.
 */
@Path("catalogue/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

  @Inject SessionService service;

  /**
   * The sessions the caller may see, by id: starting from {@code from} and up to {@code to} (ISO
   * dates, both included), and with {@code open=true} only those open for enrolment today.
   */
  @GET
  public Page<SessionView> list(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("open") String open,
      @QueryParam("after") String after,
      @QueryParam("limit") Integer limit) {
    Rules rules = new Rules();
    LocalDate today = service.today();
    LocalDate fromDate = SessionRequest.date(rules, "from", from);
    LocalDate toDate = SessionRequest.date(rules, "to", to);
    String openText = open == null ? "" : open.strip();
    rules.require(
        openText.isEmpty() || openText.equals("true") || openText.equals("false"),
        "open",
        "error.code.unknown",
        openText,
        "true, false");
    rules.throwIfAny();
    SessionFilter filter =
        new SessionFilter(fromDate, toDate, openText.equals("true") ? today : null);
    int size = Page.limit(limit);
    return Page.of(
        service.list(filter, Cursors.afterId(after), size),
        size,
        s -> SessionView.of(s, today),
        Session::id);
  }

  @GET
  @Path("{sid:[0-9]+}")
  public SessionView get(@PathParam("sid") long sid) {
    return SessionView.of(service.get(sid), service.today());
  }

  /**
   * Replaces a session's plan (every field, as for planning); once it has started only its tutors
   * and LMS course may differ. 422 with every broken rule, nothing saved.
   */
  @PUT
  @Path("{sid:[0-9]+}")
  @Consumes(MediaType.APPLICATION_JSON)
  public SessionView change(@PathParam("sid") long sid, SessionRequest body) {
    new Rules().require(body != null, "body", "error.required").throwIfAny();
    return SessionView.of(service.change(sid, body.toPlan()), service.today());
  }

  @POST
  @Path("{sid:[0-9]+}/cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  public SessionView cancel(@PathParam("sid") long sid, CancellationRequest body) {
    return SessionView.of(
        service.cancel(sid, body == null ? null : body.reason()), service.today());
  }
}
