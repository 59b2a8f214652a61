package fr.unicamp.enrolment.web;

import fr.unicamp.common.domain.error.Rules;
import fr.unicamp.enrolment.application.LearnerRegistration;
import fr.unicamp.enrolment.application.LearnerService;
import fr.unicamp.enrolment.application.MergeOutcome;
import fr.unicamp.enrolment.domain.learner.LearnerId;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Learners over REST: staff register them (with the records that may be the same person), read
 * them, list a record's possible duplicates and merge two records of one person. Another
 * university's learner is a 404; finance and auditors read only.
 */
@Path("learners")
@Produces(MediaType.APPLICATION_JSON)
public class LearnerResource {

  @Inject LearnerService service;

  /** Registers a learner: 201 with the learner and its duplicate candidates; 422 listing errors. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(LearnerRequest body, @Context UriInfo uri) {
    new Rules().require(body != null, "body", "error.required").throwIfAny();
    LearnerRegistration registration = service.register(body.universityCode(), body.details());
    return Response.created(
            uri.getAbsolutePathBuilder().path(registration.learner().id().toString()).build())
        .entity(RegistrationView.of(registration))
        .build();
  }

  @GET
  @Path("{id:[0-9]+}")
  public LearnerView get(@PathParam("id") long id) {
    return LearnerView.of(service.get(LearnerId.of(id)));
  }

  /** The records that may be the same person: same e-mail, or same INE and birth date. */
  @GET
  @Path("{id:[0-9]+}/duplicates")
  public List<DuplicateView> duplicates(@PathParam("id") long id) {
    return service.duplicatesOf(LearnerId.of(id)).stream().map(DuplicateView::of).toList();
  }

  /**
   * The path's learner absorbs {@code absorbed}: it takes the fields it lacked and the other's
   * enrolments. 422 with every reason when the records contradict each other, nothing changed.
   */
  @POST
  @Path("{id:[0-9]+}/merge")
  @Consumes(MediaType.APPLICATION_JSON)
  public MergeView merge(@PathParam("id") long id, MergeRequest body) {
    new Rules()
        .require(body != null && body.absorbed() != null, "absorbed", "error.required")
        .throwIfAny();
    MergeOutcome outcome = service.merge(LearnerId.of(id), LearnerId.of(body.absorbed()));
    return MergeView.of(service.get(LearnerId.of(id)), outcome);
  }
}
