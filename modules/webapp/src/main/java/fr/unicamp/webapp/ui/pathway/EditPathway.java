package fr.unicamp.webapp.ui.pathway;

import fr.unicamp.catalogue.application.MicroCertificationService;
import fr.unicamp.catalogue.application.PathwayService;
import fr.unicamp.catalogue.domain.microcertification.MicroCertificationFilter;
import fr.unicamp.catalogue.domain.pathway.PathwayEntry;
import fr.unicamp.catalogue.domain.pathway.PathwayKind;
import fr.unicamp.catalogue.domain.pathway.PathwayStatus;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.error.UnicampException;
import fr.unicamp.webapp.ui.UiSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The edit page of one pathway ({@code pathways/edit.xhtml?id=…}), or a new draft without an id.
 * Members are picked from the published catalogue of every university and toggled or removed on the
 * page, the hours bar following each change; saving, activating, closing and deleting go through
 * {@link PathwayService}, whose refusals list every broken rule.
 */
@Named
@ViewScoped
public class EditPathway implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many published micro-certifications a search shows. */
  static final int CANDIDATES = 20;

  @Inject PathwayService service;
  @Inject MicroCertificationService catalogue;
  @Inject UiSession session;

  private Long id;
  private PathwayStatus status;
  private PathwayForm form = new PathwayForm();
  private String query;
  private final List<MemberLine> candidates = new ArrayList<>();

  @PostConstruct
  void open() {
    String param =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    if (param == null || !param.matches("[0-9]{1,18}")) {
      form.setUniversity(defaultUniversity());
      searchIfEditable();
      return;
    }
    id = Long.valueOf(param);
    try {
      reload();
      searchIfEditable();
    } catch (UnicampException e) {
      // missing or foreign: the page shows the message and nothing else
      status = null;
      RuleMessages.error(e, locale());
    }
  }

  private void reload() {
    PathwayEntry pathway = service.get(id);
    status = pathway.status();
    form = PathwayForm.of(pathway, service.stillPublished(pathway));
  }

  private void searchIfEditable() {
    if (isEditable()) {
      search();
    }
  }

  /** The published micro-certifications of every university whose code or title has the text. */
  public void search() {
    candidates.clear();
    try {
      catalogue
          .search(
              new MicroCertificationFilter(
                  MicroCertificationStatus.PUBLISHED, null, null, null, null, query),
              null,
              CANDIDATES)
          .stream()
          .limit(CANDIDATES)
          .map(MemberLine::picked)
          .forEach(candidates::add);
    } catch (RuleViolationException e) {
      RuleMessages.show(e, "pathway", locale());
    }
  }

  public void add(MemberLine candidate) {
    form.add(candidate);
  }

  public void remove(MemberLine member) {
    form.remove(member);
  }

  /** Saves a new draft and opens its page, or saves the changes of this one. */
  public String save() {
    if (isCreating()) {
      try {
        PathwayEntry created = service.design(form.toDesign());
        return "/pathways/edit.xhtml?faces-redirect=true&id=" + created.id();
      } catch (RuleViolationException e) {
        RuleMessages.show(e, "pathway", locale());
      } catch (UnicampException e) {
        RuleMessages.error(e, locale());
      }
      return null;
    }
    take(() -> service.redesign(id, form.toDesign()), "pathways.saved");
    return null;
  }

  /**
   * Saves what the page shows unless it is what is stored (so that an unchanged pathway is not
   * audited as changed), then puts the draft on offer if its hours fit the band.
   */
  public void activate() {
    if (unchanged() || take(() -> service.redesign(id, form.toDesign()), null)) {
      take(() -> service.activate(id), "pathways.activated");
    }
  }

  private boolean unchanged() {
    try {
      return PathwayForm.of(service.get(id), Set.of()).toDesign().equals(form.toDesign());
    } catch (UnicampException e) {
      // gone meanwhile: saving reports it
      return false;
    }
  }

  public void close() {
    take(() -> service.close(id), "pathways.closed");
  }

  /** Deletes the draft and goes back to the list, which says so. */
  public String delete() {
    try {
      service.delete(id);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      RuleMessages.info(locale(), "pathways.deleted");
      return "/pathways/list.xhtml?faces-redirect=true";
    } catch (RuleViolationException e) {
      RuleMessages.show(e, "pathway", locale());
    } catch (UnicampException e) {
      RuleMessages.error(e, locale());
    }
    return null;
  }

  /** Runs a change; on success says so (unless {@code doneKey} is null) and shows the result. */
  private boolean take(Supplier<PathwayEntry> change, String doneKey) {
    try {
      change.get();
      if (doneKey != null) {
        RuleMessages.info(locale(), doneKey);
      }
      reload();
      return true;
    } catch (RuleViolationException e) {
      RuleMessages.show(e, "pathway", locale());
    } catch (UnicampException e) {
      RuleMessages.error(e, locale());
    }
    return false;
  }

  private String defaultUniversity() {
    String own = session.getUniversityCode();
    return own.isEmpty() ? session.getSelectedUniversity() : own;
  }

  private Locale locale() {
    return session.getLocale();
  }

  /** Staff and consortium admins design pathways (the service keeps staff to their university). */
  public boolean isDesigner() {
    return session.hasRole("UNIVERSITY_STAFF") || session.hasRole("CONSORTIUM_ADMIN");
  }

  /** Whether the page shows an editable form: a new draft, or a pathway not yet closed. */
  public boolean isEditable() {
    return isDesigner() && (isCreating() || status != null && status.canEdit());
  }

  /** Whether the user may take {@code action} (ACTIVATE, CLOSE, DELETE) on this pathway now. */
  public boolean can(String action) {
    if (!isDesigner() || status == null) {
      return false;
    }
    return switch (action) {
      case "ACTIVATE" -> status.canActivate();
      case "CLOSE" -> status.canClose();
      case "DELETE" -> status.canDelete();
      default -> throw new IllegalArgumentException(action);
    };
  }

  public boolean isCreating() {
    return id == null;
  }

  public boolean isShown() {
    return isCreating() ? isDesigner() : status != null;
  }

  public boolean isEnglish() {
    return "en".equals(session.getLanguage());
  }

  public boolean isMember(MemberLine candidate) {
    return form.contains(candidate.getMicroCertificationId());
  }

  public PathwayKind[] getKinds() {
    return PathwayKind.values();
  }

  public Long getId() {
    return id;
  }

  public PathwayStatus getStatus() {
    return status;
  }

  public PathwayForm getForm() {
    return form;
  }

  public List<MemberLine> getCandidates() {
    return candidates;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }
}
