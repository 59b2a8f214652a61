package fr.unicamp.webapp.ui.catalogue;

import fr.unicamp.catalogue.application.CatalogueExportService;
import fr.unicamp.catalogue.application.CatalogueImportService;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.application.ClockProducer;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.error.UnicampException;
import fr.unicamp.webapp.i18n.Messages;
import fr.unicamp.webapp.ui.UiSession;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.file.UploadedFile;

/**
 * The CSV exchanges of the catalogue list: the export of what the user may read with the list's
 * status filter (the REST export's file, written by the same service), and the import of drafts
 * from a file, all or nothing, every line error listed when it is refused.
 */
@Named
@ViewScoped
public class CatalogueCsv implements Serializable {

  private static final long serialVersionUID = 1L;

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @Inject CatalogueExportService exporter;
  @Inject CatalogueImportService importer;
  @Inject ListMicroCertifications list;
  @Inject UiSession session;

  private transient UploadedFile file;
  private String charset = StandardCharsets.UTF_8.name();
  private List<ImportErrorRow> errors = List.of();

  /** Sends the catalogue file of {@code status} (every status when null) as a download. */
  public void export(MicroCertificationStatus status) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext response = faces.getExternalContext();
    // nothing is written before the action runs, and no reset: it would drop the security headers
    response.setResponseContentType("text/csv; charset=UTF-8");
    response.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"" + fileName(status) + "\"");
    exporter.write(status, response.getResponseOutputStream());
    faces.responseComplete();
  }

  /** The REST export's file name: {@code unicamp-catalogue-<status or all>-<date>.csv}. */
  static String fileName(MicroCertificationStatus status) {
    return "unicamp-catalogue-"
        + (status == null ? "all" : status.name().toLowerCase(Locale.ROOT).replace('_', '-'))
        + "-"
        + LocalDate.now(ClockProducer.BUSINESS_ZONE)
        + ".csv";
  }

  /** Creates a draft per line of the uploaded file, or none and every error listed. */
  public void importDrafts() {
    errors = List.of();
    Locale locale = session.getLocale();
    if (file == null || file.getSize() == 0) {
      FieldMessages.error(locale, "catalogue.import.no-file");
      return;
    }
    try {
      int created = importer.importDrafts(file.getContent(), charsetOf(charset)).size();
      FieldMessages.info(locale, "catalogue.import.created", created);
      list.search();
    } catch (RuleViolationException e) {
      errors = e.fieldErrors().stream().map(f -> ImportErrorRow.of(f, locale)).toList();
      FieldMessages.error(locale, "catalogue.import.refused", errors.size());
    } catch (UnicampException e) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR,
                  Messages.text(locale, e.messageKey(), e.arguments()),
                  null));
    } finally {
      file = null;
    }
  }

  private static Charset charsetOf(String name) {
    return WINDOWS_1252.name().equals(name) ? WINDOWS_1252 : StandardCharsets.UTF_8;
  }

  public List<String> getCharsets() {
    return List.of(StandardCharsets.UTF_8.name(), WINDOWS_1252.name());
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public String getCharset() {
    return charset;
  }

  public void setCharset(String charset) {
    this.charset = charset;
  }

  public List<ImportErrorRow> getErrors() {
    return errors;
  }
}
