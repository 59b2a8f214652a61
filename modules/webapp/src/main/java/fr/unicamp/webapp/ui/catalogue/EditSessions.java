package fr.unicamp.webapp.ui.catalogue;

import fr.unicamp.catalogue.application.SessionService;
import fr.unicamp.catalogue.domain.microcertification.ParticipationForm;
import fr.unicamp.catalogue.domain.session.Session;
import fr.unicamp.catalogue.domain.session.SessionModality;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.error.UnicampException;
import fr.unicamp.webapp.i18n.Messages;
import fr.unicamp.webapp.ui.UiSession;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The sessions tab of the edit page: the sessions of the micro-certification shown, a form to plan
 * one or change one, and its cancellation with a reason. The service's rule violations show next to
 * the inputs named after the failing fields.
 */
@Named
@ViewScoped
public class EditSessions implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Sessions shown at most: a micro-certification runs a few a year. */
  static final int SHOWN = 200;

  private static final String FORM = "tabs:sessions";

  @Inject SessionService service;
  @Inject EditMicroCertification edit;
  @Inject UiSession session;

  private SessionForm form = new SessionForm();
  private transient List<SessionRow> rows;

  /** The sessions, by id; read once per change. */
  public List<SessionRow> getRows() {
    if (rows == null) {
      LocalDate today = service.today();
      List<Session> page = service.ofMicroCertification(edit.getId(), null, SHOWN);
      rows = page.stream().limit(SHOWN).map(s -> SessionRow.of(s, today)).toList();
    }
    return rows;
  }

  /** Staff of the university and consortium admins plan on approved and published entries. */
  public boolean isPlanner() {
    MicroCertificationStatus status = edit.getCurrent() == null ? null : edit.getCurrent().status();
    return edit.isEditor()
        && (status == MicroCertificationStatus.APPROVED
            || status == MicroCertificationStatus.PUBLISHED);
  }

  /** The modalities that run this micro-certification's form of participation (all if unset). */
  public List<SessionModality> getModalities() {
    ParticipationForm participation = edit.getCurrent().annex().participationForm();
    return participation == null
        ? Arrays.asList(SessionModality.values())
        : SessionModality.of(participation);
  }

  /** Plans the session of the form, or saves the change of the session it holds. */
  public void save() {
    Long sessionId = form.getSessionId();
    boolean done =
        run(
            () ->
                sessionId == null
                    ? service.plan(edit.getId(), form.toPlan())
                    : service.change(sessionId, form.toPlan()),
            sessionId == null ? "catalogue.session.planned" : "catalogue.saved");
    if (done) {
      form = new SessionForm();
    }
  }

  /** Fills the form with a session, to change or cancel it. */
  public void change(long sessionId) {
    edit.setTab(EditMicroCertification.SESSIONS);
    try {
      form = SessionForm.of(service.get(sessionId));
    } catch (UnicampException e) {
      error(e);
    }
  }

  public void cancel() {
    Long sessionId = form.getSessionId();
    if (sessionId != null
        && run(() -> service.cancel(sessionId, form.getReason()), "catalogue.session.cancelled")) {
      form = new SessionForm();
    }
  }

  /** Leaves the change of a session for a new one. */
  public void reset() {
    edit.setTab(EditMicroCertification.SESSIONS);
    form = new SessionForm();
  }

  private boolean run(Supplier<Session> action, String doneKey) {
    edit.setTab(EditMicroCertification.SESSIONS);
    try {
      action.get();
      FieldMessages.info(session.getLocale(), doneKey);
      rows = null;
      return true;
    } catch (RuleViolationException e) {
      FieldMessages.show(e, FORM, session.getLocale());
    } catch (UnicampException e) {
      error(e);
    }
    return false;
  }

  private void error(UnicampException e) {
    String text = Messages.text(session.getLocale(), e.messageKey(), e.arguments());
    FacesContext faces = FacesContext.getCurrentInstance();
    FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
    if ("error.session.duplicate-code".equals(e.messageKey())) {
      // a code in use is the code input's problem, shown there and in the page's messages
      faces.addMessage(FORM + ":code", message);
    } else {
      faces.addMessage(null, message);
    }
  }

  public SessionForm getForm() {
    return form;
  }
}
