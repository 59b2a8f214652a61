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

  private List<UniversityRow> rows;

  public List<UniversityRow> getRows() {
    if (rows == null) {
      String selected = session.getSelectedUniversity();
      rows =
          overview.rows().stream()
              .filter(r -> selected == null || r.code().equals(selected))
              .toList();
    }
    return rows;
  }

  public List<UniversityRow> getAllUniversities() {
    return overview.rows();
  }

  public long getTotalMicroCertifications() {
    return getRows().stream().mapToLong(UniversityRow::microCertifications).sum();
  }
}
