package fr.unicamp.webapp.ui;

import fr.unicamp.common.application.CurrentActor;
import fr.unicamp.common.domain.security.Actor;
import fr.unicamp.common.domain.security.Role;
import fr.unicamp.common.domain.university.UniversityCode;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.Locale;

/**
 * What the UI remembers for one logged-in person: the language (French by default) and, for
 * consortium roles, the university they are looking at (none: the whole consortium).
 */
@Named
@SessionScoped
public class UiSession implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CurrentActor currentActor;

  private Locale locale = Locale.FRENCH;
  private String selectedUniversity;
  private transient Actor actor;

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  public void setLanguage(String language) {
    this.locale = "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
  }

  /**
   * Switches the language and shows the same page again in it (a full request, not AJAX, so the
   * whole page, menu included, is rendered in the new language).
   */
  public String switchTo(String language) {
    setLanguage(language);
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    return null;
  }

  public String getSelectedUniversity() {
    return selectedUniversity;
  }

  public void setSelectedUniversity(String selectedUniversity) {
    this.selectedUniversity =
        selectedUniversity == null || selectedUniversity.isBlank() ? null : selectedUniversity;
  }

  /**
   * The logged-in user, looked up once per session: a page asks for it a dozen times (menu, role,
   * university). Nobody (the login page) is never remembered.
   */
  @Transactional
  public Actor getActor() {
    if (actor == null) {
      Actor current = currentActor.get();
      if (current.role().isEmpty()) {
        return current;
      }
      actor = current;
    }
    return actor;
  }

  public String getUsername() {
    return getActor().name();
  }

  public String getRoleName() {
    return getActor().role().map(Role::name).orElse("");
  }

  public String getUniversityCode() {
    return getActor().university().map(UniversityCode::value).orElse("");
  }

  public boolean hasRole(String role) {
    return getActor().role().map(r -> r == Role.valueOf(role)).orElse(false);
  }

  public boolean isWholeConsortium() {
    return getActor().tenant().isAll();
  }
}
