package fr.unicamp.webapp.ui.pathway;

import fr.unicamp.catalogue.application.PathwayService;
import fr.unicamp.catalogue.domain.pathway.PathwayEntry;
import fr.unicamp.catalogue.domain.pathway.PathwayKind;
import fr.unicamp.catalogue.domain.pathway.PathwayStatus;
import fr.unicamp.webapp.ui.UiSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The pathway list ({@code pathways/list.xhtml}): the pathways the user may see (staff: their
 * university's; consortium roles: all), optionally of one kind and status, a keyset page at a time,
 * each with its hours against its kind's band.
 */
@Named
@ViewScoped
public class ListPathways implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE = 50;

  @Inject PathwayService service;
  @Inject UiSession session;

  private PathwayKind kind;
  private PathwayStatus status;
  private final List<PathwayRow> rows = new ArrayList<>();
  private Long lastId;
  private boolean more;

  @PostConstruct
  void open() {
    search();
  }

  /** Shows the first page that meets the filters. */
  public void search() {
    rows.clear();
    lastId = null;
    more = false;
    next();
  }

  /** Appends the next page after the last row shown. */
  public void next() {
    List<PathwayEntry> fetched = service.list(kind, status, lastId, PAGE);
    more = fetched.size() > PAGE;
    List<PathwayEntry> shown = more ? fetched.subList(0, PAGE) : fetched;
    boolean english = "en".equals(session.getLanguage());
    shown.forEach(p -> rows.add(PathwayRow.of(p, english)));
    if (!shown.isEmpty()) {
      lastId = shown.get(shown.size() - 1).id();
    }
  }

  /** Staff and consortium admins design pathways; finance and auditors only read. */
  public boolean isDesigner() {
    return session.hasRole("UNIVERSITY_STAFF") || session.hasRole("CONSORTIUM_ADMIN");
  }

  public PathwayKind[] getKinds() {
    return PathwayKind.values();
  }

  public PathwayStatus[] getStatuses() {
    return PathwayStatus.values();
  }

  public List<PathwayRow> getRows() {
    return rows;
  }

  public boolean isMore() {
    return more;
  }

  public PathwayKind getKind() {
    return kind;
  }

  public void setKind(PathwayKind kind) {
    this.kind = kind;
  }

  public PathwayStatus getStatus() {
    return status;
  }

  public void setStatus(PathwayStatus status) {
    this.status = status;
  }
}
