package fr.unicamp.webapp.ui.catalogue;

import fr.unicamp.catalogue.application.MicroCertificationService;
import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.microcertification.MicroCertificationFilter;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.application.Universities;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.university.University;
import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.webapp.ui.UiSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue list ({@code catalogue/list.xhtml}): the micro-certifications the user may read,
 * filtered by status, university, hours, EQF level and text, a keyset page at a time.
 */
@Named
@ViewScoped
public class ListMicroCertifications implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE = 50;

  @Inject MicroCertificationService service;
  @Inject Universities universities;
  @Inject UiSession session;

  private MicroCertificationStatus status;
  private String university;
  private Integer minHours;
  private Integer maxHours;
  private Integer eqfLevel;
  private String text;
  private final List<CatalogueRow> rows = new ArrayList<>();
  private Long lastId;
  private boolean more;
  private transient List<University> universityList;

  /** Starts with the university chosen in the menu's selector, if any (consortium roles). */
  @PostConstruct
  void open() {
    university = session.getSelectedUniversity();
    search();
  }

  /** Shows the first page that meets the filters; wrong filters are shown next to their inputs. */
  public void search() {
    rows.clear();
    lastId = null;
    more = false;
    next();
  }

  /** Appends the next page after the last row shown. */
  public void next() {
    MicroCertificationFilter filter;
    try {
      filter =
          new MicroCertificationFilter(
              status,
              university == null || university.isBlank() ? null : UniversityCode.of(university),
              minHours,
              maxHours,
              eqfLevel,
              text);
    } catch (RuleViolationException e) {
      FieldMessages.show(e, "filters", session.getLocale());
      return;
    }
    List<MicroCertification> fetched = service.search(filter, lastId, PAGE);
    more = fetched.size() > PAGE;
    List<MicroCertification> shown = more ? fetched.subList(0, PAGE) : fetched;
    boolean english = "en".equals(session.getLanguage());
    shown.forEach(m -> rows.add(CatalogueRow.of(m, english)));
    if (!shown.isEmpty()) {
      lastId = shown.get(shown.size() - 1).id();
    }
  }

  /** Staff and consortium admins design micro-certifications; finance and auditors only read. */
  public boolean isDesigner() {
    return session.hasRole("UNIVERSITY_STAFF") || session.hasRole("CONSORTIUM_ADMIN");
  }

  /** The universities of the filter, read once per view. */
  public List<University> getUniversities() {
    if (universityList == null) {
      universityList = universities.all();
    }
    return universityList;
  }

  public MicroCertificationStatus[] getStatuses() {
    return MicroCertificationStatus.values();
  }

  public List<Integer> getEqfLevels() {
    return List.of(1, 2, 3, 4, 5, 6, 7, 8);
  }

  public List<CatalogueRow> getRows() {
    return rows;
  }

  public boolean isMore() {
    return more;
  }

  public MicroCertificationStatus getStatus() {
    return status;
  }

  public void setStatus(MicroCertificationStatus status) {
    this.status = status;
  }

  public String getUniversity() {
    return university;
  }

  public void setUniversity(String university) {
    this.university = university;
  }

  public Integer getMinHours() {
    return minHours;
  }

  public void setMinHours(Integer minHours) {
    this.minHours = minHours;
  }

  public Integer getMaxHours() {
    return maxHours;
  }

  public void setMaxHours(Integer maxHours) {
    this.maxHours = maxHours;
  }

  public Integer getEqfLevel() {
    return eqfLevel;
  }

  public void setEqfLevel(Integer eqfLevel) {
    this.eqfLevel = eqfLevel;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
