package fr.unicamp.webapp.rest;

import fr.unicamp.common.domain.error.ConflictException;
import fr.unicamp.common.domain.error.ForbiddenException;
import fr.unicamp.common.domain.error.NotFoundException;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.error.UnicampException;
import fr.unicamp.webapp.i18n.Messages;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where exceptions become HTTP answers. Business exceptions (found anywhere in the
 * cause chain, since the persistence layer may wrap them) map to their problem; JAX-RS errors keep
 * their status; anything else is a 500 whose detail is only a reference to the server log.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(Throwable exception) {
    Problem problem = problem(exception);
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  /** The problem that answers {@code exception}; pure, so it is unit-tested without a server. */
  Problem problem(Throwable exception) {
    var business = UnicampException.findIn(exception);
    if (business.isPresent()) {
      return fromBusiness(business.get());
    }
    if (violatesDatabaseConstraint(exception)) {
      // a concurrent request won the race past the service's own checks: a conflict, not a bug
      return fromBusiness(
          new ConflictException("error.integrity", "database constraint: " + exception));
    }
    if (exception instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      return new Problem(
          Problem.TYPE_BASE + "http-" + status, httpTitle(status), status, null, path(), List.of());
    }
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, exception);
    return new Problem(
        Problem.TYPE_BASE + "internal",
        text("error.internal", List.of()),
        500,
        text("error.internal.reference", List.of(reference)),
        path(),
        List.of());
  }

  private Problem fromBusiness(UnicampException e) {
    int status = statusOf(e);
    List<Problem.FieldMessage> errors =
        e instanceof RuleViolationException r
            ? r.fieldErrors().stream()
                .map(
                    f ->
                        new Problem.FieldMessage(
                            f.field(), f.messageKey(), text(f.messageKey(), f.arguments())))
                .toList()
            : List.of();
    String detail =
        e instanceof RuleViolationException ? null : text(e.messageKey(), e.arguments());
    return new Problem(
        Problem.TYPE_BASE + e.category(),
        text("error.title." + e.category(), List.of()),
        status,
        detail,
        path(),
        errors);
  }

  static int statusOf(UnicampException e) {
    if (e instanceof NotFoundException) {
      return 404;
    }
    if (e instanceof RuleViolationException) {
      return 422;
    }
    if (e instanceof ConflictException) {
      return 409;
    }
    if (e instanceof ForbiddenException) {
      return 403;
    }
    throw new IllegalArgumentException("unmapped business exception " + e.getClass());
  }

  /** SQLSTATE class 23: integrity constraint violation (unique key, foreign key, check). */
  private static boolean violatesDatabaseConstraint(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  private String httpTitle(int status) {
    return Messages.find(locale(), "error.http." + status, List.of())
        .orElseGet(() -> Response.Status.Family.familyOf(status) + " " + status);
  }

  private String text(String key, List<Object> arguments) {
    return Messages.text(locale(), key, arguments);
  }

  private Locale locale() {
    List<Locale> languages = headers == null ? List.of() : headers.getAcceptableLanguages();
    return languages.isEmpty() ? Locale.FRENCH : languages.get(0);
  }

  private String path() {
    return uri == null ? null : uri.getRequestUri().getPath();
  }
}
