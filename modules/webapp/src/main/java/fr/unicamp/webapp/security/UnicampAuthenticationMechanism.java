package fr.unicamp.webapp.security;

import fr.unicamp.webapp.i18n.Messages;
import fr.unicamp.webapp.rest.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * One mechanism for both kinds of caller. People log in through the login page (its bean calls
 * {@code SecurityContext.authenticate} with their credentials) and keep a session; systems send
 * HTTP Basic credentials with each {@code /api} call and get no session (thousands of nightly calls
 * must not leave thousands of sessions behind). An unauthenticated request for a protected page
 * goes to the login page; one for the API gets a 401 problem, never a redirect.
 */
@ApplicationScoped
public class UnicampAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";

  @Inject IdentityStoreHandler identityStores;

  /** Who logged in through the form, kept in their HTTP session until logout or timeout. */
  record SessionCaller(String name, Set<String> groups) implements Serializable {}

  static final String SESSION_CALLER = SessionCaller.class.getName();

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential formCredential = context.getAuthParameters().getCredential();
    if (formCredential != null) {
      CredentialValidationResult result = identityStores.validate(formCredential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return refuse(request, response, context);
      }
      request
          .getSession(true)
          .setAttribute(
              SESSION_CALLER,
              new SessionCaller(
                  result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
      return context.notifyContainerAboutLogin(result);
    }
    Credential basic = basicCredential(request);
    if (basic != null) {
      // API callers authenticate on every call and never get a session
      CredentialValidationResult result = identityStores.validate(basic);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return refuse(request, response, context);
      }
      return context.notifyContainerAboutLogin(result);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    return refuse(request, response, context);
  }

  private AuthenticationStatus refuse(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (isApi(request)) {
      try {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"unicamp\", charset=\"UTF-8\"");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        String title = Messages.text(request.getLocale(), "error.title.unauthenticated", List.of());
        response
            .getWriter()
            .write(
                Json.createObjectBuilder()
                    .add("type", Problem.TYPE_BASE + "unauthenticated")
                    .add("title", title)
                    .add("status", HttpServletResponse.SC_UNAUTHORIZED)
                    .build()
                    .toString());
      } catch (IOException e) {
        throw new IllegalStateException("cannot write the 401 response", e);
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (context.getAuthParameters().getCredential() != null) {
      // the login page's own attempt failed: it shows the message itself
      return AuthenticationStatus.SEND_FAILURE;
    }
    return context.redirect(request.getContextPath() + LOGIN_PAGE);
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/");
  }

  private static Credential basicCredential(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return new UsernamePasswordCredential("", "");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return new UsernamePasswordCredential(decoded, "");
    }
    return new UsernamePasswordCredential(
        decoded.substring(0, colon), decoded.substring(colon + 1));
  }
}
