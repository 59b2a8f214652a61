package fr.unicamp.webapp.ui.catalogue;

import fr.unicamp.catalogue.application.MicroCertificationService;
import fr.unicamp.catalogue.domain.microcertification.CompetencyDefinition;
import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.catalogue.domain.workflow.WorkflowAction;
import fr.unicamp.common.application.Universities;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.error.UnicampException;
import fr.unicamp.common.domain.university.University;
import fr.unicamp.webapp.i18n.Messages;
import fr.unicamp.webapp.ui.UiSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The edit page of one micro-certification ({@code catalogue/edit.xhtml?id=…}), or the creation of
 * a draft without an id. Each tab saves through the catalogue service; its rule violations show
 * next to the inputs, and a refused transition lists every failing rule.
 */
@Named
@ViewScoped
public class EditMicroCertification implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The tabs, in page order, so that an action shows the page on the tab it came from. */
  static final int IDENTITY = 0;

  static final int COMPETENCIES = 1;
  static final int PLAN = 2;
  static final int REVIEW = 3;
  static final int SESSIONS = 4;

  @Inject MicroCertificationService service;
  @Inject UiSession session;
  @Inject Universities universities;

  private Long id;
  private int tab;
  private transient MicroCertification current;
  private final NewDraftForm draft = new NewDraftForm();
  private AnnexForm annex;
  private AuthorshipForm authorship;
  private transient List<MicroCertification> versions;
  private List<CompetencyForm> competencies = new ArrayList<>();
  private PlanForm plan;
  private final TransitionForm transition = new TransitionForm();
  private final PlanView planView = new PlanView();

  @PostConstruct
  void open() {
    String param =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    draft.setUniversity(session.getUniversityCode().isEmpty() ? null : session.getUniversityCode());
    if (param == null || !param.matches("[0-9]{1,18}")) {
      return;
    }
    id = Long.valueOf(param);
    try {
      reload();
    } catch (UnicampException e) {
      // missing or foreign: the page shows the message and nothing else
      error(e);
    }
  }

  private void reload() {
    current = service.get(id);
    annex = AnnexForm.of(current.annex());
    authorship = AuthorshipForm.of(current.authorship());
    versions = null;
    competencies =
        new ArrayList<>(service.competencies(id).stream().map(CompetencyForm::of).toList());
    plan = current.sustainabilityPlan().map(PlanForm::of).orElseGet(PlanForm::new);
    planView.show(current.sustainabilityPlan().orElse(null), locale());
  }

  /** Creates the draft and opens its edit page. */
  public String create() {
    try {
      MicroCertification created = service.draft(draft.toRequest());
      return "/catalogue/edit.xhtml?faces-redirect=true&id=" + created.id();
    } catch (RuleViolationException e) {
      FieldMessages.show(e, "identity", locale());
      return null;
    }
  }

  public void saveAnnex() {
    save(
        IDENTITY,
        "tabs:annex",
        () -> service.describe(id, annex.toElements(), authorship.toAuthorship()));
  }

  /** Starts the next version of this frozen entry and opens its draft. */
  public String newVersion() {
    try {
      MicroCertification next = service.draftNewVersion(id);
      return "/catalogue/edit.xhtml?faces-redirect=true&id=" + next.id();
    } catch (RuleViolationException e) {
      FieldMessages.show(e, null, locale());
    } catch (UnicampException e) {
      error(e);
    }
    return null;
  }

  public void saveCompetencies() {
    List<CompetencyDefinition> definitions =
        competencies.stream().map(CompetencyForm::toDefinition).toList();
    save(COMPETENCIES, "tabs:competencies", () -> service.defineCompetencies(id, definitions));
  }

  public void savePlan() {
    save(PLAN, "tabs:plan", () -> service.planSustainability(id, plan.toPlan()));
  }

  public void addCompetency() {
    competencies.add(CompetencyForm.blank());
    tab = COMPETENCIES;
  }

  public void removeCompetency(CompetencyForm competency) {
    competencies.remove(competency);
    tab = COMPETENCIES;
  }

  public void addCriterion(CompetencyForm competency) {
    competency.addCriterion();
    tab = COMPETENCIES;
  }

  public void removeCriterion(CompetencyForm competency, CompetencyForm.Criterion criterion) {
    competency.removeCriterion(criterion);
    tab = COMPETENCIES;
  }

  public void submit() {
    take(() -> service.submitForReview(id), "catalogue.submitted");
  }

  public void sendBack() {
    take(() -> service.sendBack(id, transition.getComments()), "catalogue.sent-back");
  }

  public void approve() {
    take(() -> service.approve(id, transition.review()), "catalogue.approved");
  }

  public void publish() {
    take(() -> service.publish(id, transition.getCfvuInformedOn()), "catalogue.published");
  }

  public void retire() {
    take(() -> service.retire(id, transition.getReason()), "catalogue.retired");
  }

  private void save(int onTab, String form, Runnable change) {
    tab = onTab;
    try {
      change.run();
      FieldMessages.info(locale(), "catalogue.saved");
      reload();
    } catch (RuleViolationException e) {
      FieldMessages.show(e, form, locale());
    } catch (UnicampException e) {
      error(e);
    }
  }

  private void take(Runnable action, String doneKey) {
    tab = REVIEW;
    try {
      action.run();
      FieldMessages.info(locale(), doneKey);
      reload();
    } catch (RuleViolationException e) {
      FieldMessages.show(e, "tabs:review", locale());
    } catch (UnicampException e) {
      error(e);
    }
  }

  private void error(UnicampException e) {
    String text = Messages.text(locale(), e.messageKey(), e.arguments());
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  private Locale locale() {
    return session.getLocale();
  }

  /** The gate's rules, each with its text in the user's language and whether it passes. */
  public List<ChecklistRow> getChecklist() {
    return id == null
        ? List.of()
        : service.checklist(id).stream().map(c -> ChecklistRow.of(c, locale())).toList();
  }

  /** Staff of the awarding university and consortium admins change entries; others only read. */
  public boolean isEditor() {
    return current != null
        && (session.hasRole("UNIVERSITY_STAFF") || session.hasRole("CONSORTIUM_ADMIN"))
        && session.getActor().tenant().covers(current.university());
  }

  /** Approved, published and retired entries change through a new version. */
  public boolean isVersionable() {
    return isEditor() && current.canDraftNextVersion();
  }

  /** Every version of this entry's code the user sees, oldest first; read once per change. */
  public List<MicroCertification> getVersions() {
    if (versions == null) {
      versions = current == null ? List.of() : service.versions(id);
    }
    return versions;
  }

  public Long getPreviousVersionId() {
    return current == null ? null : current.previousVersionId().orElse(null);
  }

  /** The consortium's universities that may co-produce: every one but the awarding university. */
  public List<University> getCoProducerChoices() {
    return universities.all().stream().filter(u -> !u.code().equals(current.university())).toList();
  }

  /** Sessions run approved and published entries; a retired one keeps its own to show. */
  public boolean isSessionsShown() {
    return current != null
        && current.status() != MicroCertificationStatus.DRAFT
        && current.status() != MicroCertificationStatus.IN_REVIEW;
  }

  public boolean isEditable() {
    return isEditor() && current.status() == MicroCertificationStatus.DRAFT;
  }

  /** Whether the user may take {@code action} now (the gate may still refuse it). */
  public boolean can(String action) {
    return isEditor()
        && current.workflow().allowedActions().contains(WorkflowAction.valueOf(action));
  }

  public boolean isCreating() {
    return id == null;
  }

  public MicroCertification getCurrent() {
    return current;
  }

  public Long getId() {
    return id;
  }

  public int getTab() {
    return tab;
  }

  public void setTab(int tab) {
    this.tab = tab;
  }

  public NewDraftForm getDraft() {
    return draft;
  }

  public AnnexForm getAnnex() {
    return annex;
  }

  public List<CompetencyForm> getCompetencies() {
    return competencies;
  }

  public AuthorshipForm getAuthorship() {
    return authorship;
  }

  public PlanForm getPlan() {
    return plan;
  }

  public PlanView getPlanView() {
    return planView;
  }

  public TransitionForm getTransition() {
    return transition;
  }
}
