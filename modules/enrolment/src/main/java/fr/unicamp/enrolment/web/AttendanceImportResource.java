package fr.unicamp.enrolment.web;

import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.enrolment.application.AttendanceService;
import fr.unicamp.enrolment.domain.session.SessionId;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * A session's LMS attendance export ({@code docs/formats/attendance-import.md}): {@code text/csv},
 * UTF-8 unless the content type says {@code charset=windows-1252}. All or nothing: 200 with how
 * many figures were written, or 422 listing every error as {@code line[n].column}, nothing written.
 */
@Path("sessions/{sid:[0-9]+}/attendance/import")
public class AttendanceImportResource {

  private static final Set<String> WINDOWS_1252 =
      Set.of("windows-1252", "cp1252", "iso-8859-1", "latin1");

  /** How many learners' figures the file set. */
  public record ImportReport(int imported) {}

  @Inject AttendanceService service;

  @POST
  @Consumes("text/csv")
  @Produces(MediaType.APPLICATION_JSON)
  public ImportReport importFile(
      @PathParam("sid") long sid, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body) {
    return new ImportReport(service.importLms(SessionId.of(sid), body, charsetOf(type)));
  }

  private static Charset charsetOf(String contentType) {
    String name =
        contentType == null
            ? null
            : MediaType.valueOf(contentType).getParameters().get(MediaType.CHARSET_PARAMETER);
    if (name == null || name.equalsIgnoreCase("utf-8") || name.equalsIgnoreCase("utf8")) {
      return StandardCharsets.UTF_8;
    }
    if (WINDOWS_1252.contains(name.toLowerCase(Locale.ROOT))) {
      return Charset.forName("windows-1252");
    }
    throw RuleViolationException.of("charset", "error.import.charset", name);
  }
}
