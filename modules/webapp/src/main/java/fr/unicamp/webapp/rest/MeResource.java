package fr.unicamp.webapp.rest;

import fr.unicamp.common.application.CurrentActor;
import fr.unicamp.common.domain.security.Actor;
import fr.unicamp.common.domain.security.Role;
import fr.unicamp.common.domain.university.UniversityCode;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/me}: who the caller is, their role, university and what they can see. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject CurrentActor currentActor;

  /** The caller as the API shows it. */
  public record MeView(
      String username,
      String role,
      String university,
      boolean wholeConsortium,
      boolean canChange) {}

  @GET
  @Transactional
  public MeView me() {
    Actor actor = currentActor.get();
    return new MeView(
        actor.name(),
        actor.role().map(Role::name).orElse(null),
        actor.university().map(UniversityCode::value).orElse(null),
        actor.tenant().isAll(),
        actor.canChange());
  }
}
