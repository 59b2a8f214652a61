package fr.unicamp.catalogue.web;

import fr.unicamp.catalogue.application.MicroCertificationService;
import fr.unicamp.catalogue.domain.microcertification.CompetencyDefinition;
import fr.unicamp.common.domain.error.Rules;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The competency reference of a micro-certification, with its criteria grids, as one list. */
@Path("catalogue/micro-certifications/{id:[0-9]+}/competencies")
@Produces(MediaType.APPLICATION_JSON)
public class CompetencyResource {

  @Inject MicroCertificationService service;

  @GET
  public List<CompetencyBody> list(@PathParam("id") long id) {
    return service.competencies(id).stream().map(CompetencyBody::of).toList();
  }

  /** Replaces the whole list of a draft; every broken rule is reported and nothing saved. */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public List<CompetencyBody> replace(@PathParam("id") long id, List<CompetencyBody> body) {
    new Rules().require(body != null, "competencies", "error.required").throwIfAny();
    List<CompetencyDefinition> definitions =
        body.stream().map(c -> c == null ? null : c.toDefinition()).toList();
    return service.defineCompetencies(id, definitions).stream().map(CompetencyBody::of).toList();
  }
}
