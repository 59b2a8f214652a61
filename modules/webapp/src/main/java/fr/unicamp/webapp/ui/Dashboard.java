package fr.unicamp.webapp.ui;

import fr.unicamp.webapp.application.ConsortiumOverview;
import fr.unicamp.webapp.application.UniversityRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The dashboard: the universities the user may see with their counts; consortium roles can narrow
 * it to the university chosen in the selector.
 */
@Named
@RequestScoped
public class Dashboard {

  @Inject ConsortiumOverview overview;
  @Inject UiSession session;

  private List<UniversityRow> all;

  /** The rows shown: every visible university, or the one chosen in the selector. */
  public List<UniversityRow> getRows() {
    String selected = session.getSelectedUniversity();
    return getAllUniversities().stream()
        .filter(r -> selected == null || r.code().equals(selected))
        .toList();
  }

  /** Every university the user may see, read once per request (the selector lists them too). */
  public List<UniversityRow> getAllUniversities() {
    if (all == null) {
      all = overview.rows();
    }
    return all;
  }

  public long getTotalMicroCertifications() {
    return getRows().stream().mapToLong(UniversityRow::microCertifications).sum();
  }
}
