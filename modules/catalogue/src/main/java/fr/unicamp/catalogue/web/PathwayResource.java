package fr.unicamp.catalogue.web;

import fr.unicamp.catalogue.application.PathwayService;
import fr.unicamp.catalogue.domain.pathway.PathwayEntry;
import fr.unicamp.catalogue.domain.pathway.PathwayKind;
import fr.unicamp.catalogue.domain.pathway.PathwayStatus;
import fr.unicamp.common.domain.error.Rules;
import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.common.web.Cursors;
import fr.unicamp.common.web.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Pathways (stacks) over REST; staff see and design only their university's, consortium admins all,
 * finance and auditors read only.
 */
@Path("catalogue/pathways")
@Produces(MediaType.APPLICATION_JSON)
public class PathwayResource {

  @Inject PathwayService service;

  @GET
  public Page<PathwayView> list(
      @QueryParam("after") String after,
      @QueryParam("limit") Integer limit,
      @QueryParam("kind") String kind,
      @QueryParam("status") String status) {
    int size = Page.limit(limit);
    return Page.of(
        service.list(
            RequestCodes.filter(PathwayKind.class, "kind", kind),
            RequestCodes.filter(PathwayStatus.class, "status", status),
            Cursors.afterId(after),
            size),
        size,
        PathwayView::summary,
        PathwayEntry::id);
  }

  @GET
  @Path("{id:[0-9]+}")
  public PathwayView get(@PathParam("id") long id) {
    return detail(service.get(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response design(PathwayRequest body, @Context UriInfo uri) {
    new Rules().require(body != null, "body", "error.required").throwIfAny();
    new Rules().require(body.university() != null, "university", "error.required").throwIfAny();
    PathwayEntry created = service.design(body.toDesign(UniversityCode.of(body.university())));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(detail(created))
        .build();
  }

  /** Replaces kind, titles, RNCP code and members; the awarding university stays. */
  @PUT
  @Path("{id:[0-9]+}")
  @Consumes(MediaType.APPLICATION_JSON)
  public PathwayView redesign(@PathParam("id") long id, PathwayRequest body) {
    new Rules().require(body != null, "body", "error.required").throwIfAny();
    return detail(service.redesign(id, body.toDesign(null)));
  }

  @POST
  @Path("{id:[0-9]+}/activate")
  public PathwayView activate(@PathParam("id") long id) {
    return detail(service.activate(id));
  }

  @POST
  @Path("{id:[0-9]+}/close")
  public PathwayView close(@PathParam("id") long id) {
    return detail(service.close(id));
  }

  /** Deletes a draft; an active pathway is closed instead. */
  @DELETE
  @Path("{id:[0-9]+}")
  public Response delete(@PathParam("id") long id) {
    service.delete(id);
    return Response.noContent().build();
  }

  private PathwayView detail(PathwayEntry p) {
    return PathwayView.detail(p, service.stillPublished(p));
  }
}
