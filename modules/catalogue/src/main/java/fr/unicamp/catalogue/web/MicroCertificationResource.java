package fr.unicamp.catalogue.web;

import fr.unicamp.catalogue.application.MicroCertificationService;
import fr.unicamp.catalogue.application.NewMicroCertification;
import fr.unicamp.catalogue.domain.microcertification.AnnexElements;
import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.microcertification.MicroCertificationFilter;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.error.Rules;
import fr.unicamp.common.domain.university.UniversityCode;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Micro-certifications over REST; staff see and change only their university's. */
@Path("catalogue/micro-certifications")
@Produces(MediaType.APPLICATION_JSON)
public class MicroCertificationResource {

  @Inject MicroCertificationService service;
  @Inject MicroCertificationViews views;

  @GET
  public Page<MicroCertificationView> list(
      @QueryParam("after") String after,
      @QueryParam("limit") Integer limit,
      @QueryParam("status") String status,
      @QueryParam("university") String university,
      @QueryParam("minHours") Integer minHours,
      @QueryParam("maxHours") Integer maxHours,
      @QueryParam("eqf") Integer eqf,
      @QueryParam("q") String q) {
    int size = Page.limit(limit);
    var filter = filterOf(RequestCodes.status(status), university, minHours, maxHours, eqf, q);
    return Page.of(
        service.search(filter, Cursors.afterId(after), size),
        size,
        views::of,
        MicroCertification::id);
  }

  @GET
  @Path("{id:[0-9]+}")
  public MicroCertificationView get(@PathParam("id") long id) {
    return views.of(service.get(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response draft(DraftRequest body, @Context UriInfo uri) {
    new Rules().require(body != null, "body", "error.required").throwIfAny();
    new Rules()
        .require(body.university() != null, "university", "error.required")
        .require(body.hours() != null, "hours", "error.required")
        .throwIfAny();
    MicroCertification created =
        service.draft(
            new NewMicroCertification(
                UniversityCode.of(body.university()),
                body.code(),
                body.titleFr(),
                body.titleEn(),
                body.hours()));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(views.of(created))
        .build();
  }

  /** Replaces the Annex I elements of a draft; every broken rule is reported and nothing saved. */
  @PUT
  @Path("{id:[0-9]+}")
  @Consumes(MediaType.APPLICATION_JSON)
  public MicroCertificationView describe(@PathParam("id") long id, AnnexRequest body) {
    new Rules().require(body != null, "body", "error.required").throwIfAny();
    AnnexElements elements;
    try {
      elements = body.toElements();
    } catch (RuleViolationException unreadable) {
      // the co-producers' consortium rules need the stored row: add them, so every field is listed
      List<FieldError> errors = new ArrayList<>(unreadable.fieldErrors());
      errors.addAll(service.coProducerViolations(id, body.toAuthorship()));
      throw new RuleViolationException(errors);
    }
    return views.of(service.describe(id, elements, body.toAuthorship()));
  }

  @GET
  @Path("{id:[0-9]+}/checklist")
  public List<ChecklistItem> checklist(@PathParam("id") long id) {
    return service.checklist(id).stream().map(ChecklistItem::of).toList();
  }

  @POST
  @Path("{id:[0-9]+}/submit")
  public MicroCertificationView submit(@PathParam("id") long id) {
    return views.of(service.submitForReview(id));
  }

  @POST
  @Path("{id:[0-9]+}/send-back")
  @Consumes(MediaType.APPLICATION_JSON)
  public MicroCertificationView sendBack(@PathParam("id") long id, TransitionRequest body) {
    return views.of(service.sendBack(id, TransitionRequest.orEmpty(body).comments()));
  }

  @POST
  @Path("{id:[0-9]+}/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  public MicroCertificationView approve(@PathParam("id") long id, TransitionRequest body) {
    return views.of(service.approve(id, TransitionRequest.orEmpty(body).review()));
  }

  @POST
  @Path("{id:[0-9]+}/publish")
  @Consumes(MediaType.APPLICATION_JSON)
  public MicroCertificationView publish(@PathParam("id") long id, TransitionRequest body) {
    return views.of(service.publish(id, TransitionRequest.orEmpty(body).cfvuDate()));
  }

  @POST
  @Path("{id:[0-9]+}/retire")
  @Consumes(MediaType.APPLICATION_JSON)
  public MicroCertificationView retire(@PathParam("id") long id, TransitionRequest body) {
    return views.of(service.retire(id, TransitionRequest.orEmpty(body).reason()));
  }

  /**
   * Drafts the next version of an approved, published or retired micro-certification, copying
   * everything; 201 with the new draft and its Location.
   */
  @POST
  @Path("{id:[0-9]+}/new-version")
  public Response newVersion(@PathParam("id") long id, @Context UriInfo uri) {
    MicroCertification created = service.draftNewVersion(id);
    return Response.created(
            uri.getBaseUriBuilder()
                .path(MicroCertificationResource.class)
                .path(created.id().toString())
                .build())
        .entity(views.of(created))
        .build();
  }

  /** Every version of this micro-certification's code that the caller sees, oldest first. */
  @GET
  @Path("{id:[0-9]+}/versions")
  public List<MicroCertificationView> versions(@PathParam("id") long id) {
    return service.versions(id).stream().map(views::of).toList();
  }

  /** The search filter of the list; a university code in any case, blank meaning none. */
  private static MicroCertificationFilter filterOf(
      MicroCertificationStatus status,
      String university,
      Integer minHours,
      Integer maxHours,
      Integer eqf,
      String q) {
    UniversityCode awarding =
        university == null || university.isBlank()
            ? null
            : UniversityCode.of(university.strip().toUpperCase(Locale.ROOT));
    return new MicroCertificationFilter(status, awarding, minHours, maxHours, eqf, q);
  }
}
