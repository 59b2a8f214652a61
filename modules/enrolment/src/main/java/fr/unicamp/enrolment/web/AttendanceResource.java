package fr.unicamp.enrolment.web;

import fr.unicamp.common.domain.error.NotFoundException;
import fr.unicamp.common.domain.error.Rules;
import fr.unicamp.enrolment.application.AttendanceService;
import fr.unicamp.enrolment.domain.enrolment.EnrolmentId;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;

/**
 * One enrolment's attendance: a tutor enters the total hours realised so far ({@code PUT}, body
 * {@code {"hoursRealised": 12.5}}); 422 on a negative figure, more than two decimals or far above
 * the planned hours, nothing saved.
 */
@Path("enrolments/{id:[0-9]+}/attendance")
@Produces(MediaType.APPLICATION_JSON)
public class AttendanceResource {

  /** The body of an attendance entry. */
  public record AttendanceRequest(BigDecimal hoursRealised) {}

  @Inject AttendanceService service;

  @GET
  public AttendanceView get(@PathParam("id") long id) {
    EnrolmentId enrolment = EnrolmentId.of(id);
    return service
        .of(enrolment)
        .map(AttendanceView::of)
        .orElseThrow(() -> new NotFoundException("Attendance", enrolment));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public AttendanceView record(@PathParam("id") long id, AttendanceRequest body) {
    new Rules()
        .require(body != null && body.hoursRealised() != null, "hoursRealised", "error.required")
        .throwIfAny();
    return AttendanceView.of(service.record(EnrolmentId.of(id), body.hoursRealised()));
  }
}
