package fr.unicamp.webapp.rest;

import fr.unicamp.webapp.application.ConsortiumOverview;
import fr.unicamp.webapp.application.UniversityRow;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code GET /api/universities}: the universities the caller may see, with their counts — all 19
 * for consortium roles, their own for staff. At most 19 rows, so it is not paged.
 */
@Path("universities")
@Produces(MediaType.APPLICATION_JSON)
public class UniversityResource {

  @Inject ConsortiumOverview overview;

  @GET
  public List<UniversityRow> list() {
    return overview.rows();
  }
}
