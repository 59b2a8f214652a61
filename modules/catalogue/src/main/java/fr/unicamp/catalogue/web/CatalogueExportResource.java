package fr.unicamp.catalogue.web;

import fr.unicamp.catalogue.application.CatalogueExportService;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.application.ClockProducer;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The catalogue as a CSV file for French spreadsheets, streamed page by page: {@code GET
 * /api/catalogue/micro-certifications.csv?status=PUBLISHED}. Staff get what they may read: their
 * university's entries and the published ones of every university.
 */
@Path("catalogue/micro-certifications.csv")
public class CatalogueExportResource {

  static final String TEXT_CSV = "text/csv; charset=UTF-8";

  @Inject CatalogueExportService export;

  @GET
  @Produces(TEXT_CSV)
  public Response export(@QueryParam("status") String status) {
    MicroCertificationStatus filter = RequestCodes.status(status);
    StreamingOutput body = out -> export.write(filter, out);
    String file =
        "unicamp-catalogue-"
            + (filter == null ? "all" : filter.name().toLowerCase(Locale.ROOT).replace('_', '-'))
            + "-"
            + LocalDate.now(ClockProducer.BUSINESS_ZONE)
            + ".csv";
    return Response.ok(body, TEXT_CSV)
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
        .build();
  }
}
