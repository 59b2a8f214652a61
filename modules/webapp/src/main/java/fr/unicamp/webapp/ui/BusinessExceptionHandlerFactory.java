package fr.unicamp.webapp.ui;

import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.error.UnicampException;
import fr.unicamp.webapp.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.Locale;

/**
 * The one place where business exceptions become UI messages: a rule violation shows one message
 * per failed rule, the others their own text; the page stays where it was. Anything else goes to
 * the standard error handling.
 */
public class BusinessExceptionHandlerFactory extends ExceptionHandlerFactory {

  public BusinessExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      FacesContext faces = FacesContext.getCurrentInstance();
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        var business = UnicampException.findIn(events.next().getContext().getException());
        if (business.isPresent()) {
          events.remove();
          show(faces, business.get());
        }
      }
      getWrapped().handle();
    }

    private static void show(FacesContext faces, UnicampException e) {
      Locale locale = faces.getViewRoot() == null ? Locale.FRENCH : faces.getViewRoot().getLocale();
      if (e instanceof RuleViolationException r) {
        r.fieldErrors()
            .forEach(
                f ->
                    faces.addMessage(
                        null,
                        new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            f.field()
                                + " : "
                                + Messages.text(locale, f.messageKey(), f.arguments()),
                            null)));
      } else {
        faces.addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR,
                Messages.text(locale, e.messageKey(), e.arguments()),
                null));
      }
      faces.renderResponse();
    }
  }
}
