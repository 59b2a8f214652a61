package fr.unicamp.catalogue.web;

import fr.unicamp.catalogue.application.SessionService;
import fr.unicamp.catalogue.domain.session.Session;
import fr.unicamp.common.domain.error.Rules;
import fr.unicamp.common.web.Cursors;
import fr.unicamp.common.web.Page;
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
import java.time.LocalDate;

/** The sessions of one micro-certification: planning a new one and listing them. */
@Path("catalogue/micro-certifications/{id:[0-9]+}/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class MicroCertificationSessionResource {

  @Inject SessionService service;

  /** Plans a session; 422 with every broken rule and nothing saved, 409 on a code in use. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response plan(@PathParam("id") long id, SessionRequest body, @Context UriInfo uri) {
    new Rules().require(body != null, "body", "error.required").throwIfAny();
    Session created = service.plan(id, body.toPlan());
    return Response.created(
            uri.getBaseUriBuilder()
                .path(SessionResource.class)
                .path(created.id().toString())
                .build())
        .entity(SessionView.of(created, service.today()))
        .build();
  }

  @GET
  public Page<SessionView> list(
      @PathParam("id") long id,
      @QueryParam("after") String after,
      @QueryParam("limit") Integer limit) {
    int size = Page.limit(limit);
    LocalDate today = service.today();
    return Page.of(
        service.ofMicroCertification(id, Cursors.afterId(after), size),
        size,
        s -> SessionView.of(s, today),
        Session::id);
  }
}
