package fr.unicamp.common.application;

import fr.unicamp.common.domain.security.Actor;
import fr.unicamp.common.infrastructure.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.function.Supplier;

/**
 * Resolves who is acting: the system while {@link #runAsSystem} runs (start-up, Camel routes),
 * otherwise the authenticated caller looked up in the user directory, otherwise nobody. Work run as
 * the system is explicit, so a thread that lost its caller never sees every university.
 */
@ApplicationScoped
public class CurrentActor {

  private static final ThreadLocal<Actor> SYSTEM = new ThreadLocal<>();

  @Inject SecurityContext securityContext;
  @Inject UserDirectory users;

  public Actor get() {
    Actor system = SYSTEM.get();
    if (system != null) {
      return system;
    }
    Principal principal = callerPrincipal();
    if (principal == null) {
      return Actor.ANONYMOUS;
    }
    return users.actorFor(principal.getName()).orElse(Actor.ANONYMOUS);
  }

  /** Runs {@code work} on this thread as the named system actor, restoring the previous one. */
  public <T> T runAsSystem(String name, Supplier<T> work) {
    Actor previous = SYSTEM.get();
    SYSTEM.set(Actor.system(name));
    try {
      return work.get();
    } finally {
      if (previous == null) {
        SYSTEM.remove();
      } else {
        SYSTEM.set(previous);
      }
    }
  }

  public void runAsSystem(String name, Runnable work) {
    runAsSystem(
        name,
        () -> {
          work.run();
          return null;
        });
  }

  private Principal callerPrincipal() {
    try {
      return securityContext.getCallerPrincipal();
    } catch (IllegalStateException noSecurityContextOnThisThread) {
      // Threads the container does not manage (Camel's) have no caller: that is "nobody".
      return null;
    }
  }
}
