package fr.unicamp.webapp.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The session cookie is HttpOnly, and Secure when {@code unicamp.http.secure-cookies} says the
 * application is served over TLS. SameSite=Lax (a cross-site form cannot ride on it) is set in
 * {@code payara-web.xml}: Payara ignores the servlet API's cookie attributes.
 */
@WebListener
public class SessionCookieConfigurer implements ServletContextListener {

  @Inject
  @ConfigProperty(name = "unicamp.http.secure-cookies")
  boolean secureCookies;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setName("UNICAMP_SESSION");
    cookie.setHttpOnly(true);
    cookie.setSecure(secureCookies);
  }
}
