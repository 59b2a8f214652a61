package fr.unicamp.catalogue.web;

import fr.unicamp.catalogue.application.CatalogueImportService;
import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.common.domain.error.RuleViolationException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Bulk import of draft micro-certifications: {@code POST
 * /api/catalogue/micro-certifications/import} with a {@code text/csv} body, UTF-8 (with or without
 * BOM) unless the content type says {@code charset=windows-1252}. All or nothing: 201 with the
 * drafts created, or 422 listing every error as {@code line[n].column} and nothing created. A
 * cross-site HTML form cannot send {@code text/csv}, so this stays out of reach of CSRF like the
 * JSON endpoints.
 */
@Path("catalogue/micro-certifications/import")
public class CatalogueImportResource {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** What the caller may name as the charset of a Windows-1252 file. */
  private static final List<String> WINDOWS_1252_NAMES =
      List.of("windows-1252", "cp1252", "iso-8859-1", "latin1");

  @Inject CatalogueImportService importer;
  @Inject MicroCertificationViews views;

  /** What an import created, in file order. */
  public record ImportReport(int created, List<MicroCertificationView> items) {}

  @POST
  @Consumes("text/csv")
  @Produces(MediaType.APPLICATION_JSON)
  public Response importDrafts(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body) {
    List<MicroCertification> created = importer.importDrafts(body, charsetOf(type));
    return Response.status(Response.Status.CREATED)
        .entity(new ImportReport(created.size(), created.stream().map(views::of).toList()))
        .build();
  }

  static Charset charsetOf(String contentType) {
    String charset =
        contentType == null
            ? null
            : MediaType.valueOf(contentType).getParameters().get(MediaType.CHARSET_PARAMETER);
    if (charset == null || charset.equalsIgnoreCase("utf-8") || charset.equalsIgnoreCase("utf8")) {
      return StandardCharsets.UTF_8;
    }
    if (WINDOWS_1252_NAMES.contains(charset.toLowerCase(Locale.ROOT))) {
      return WINDOWS_1252;
    }
    throw RuleViolationException.of("charset", "error.import.charset", charset);
  }
}
