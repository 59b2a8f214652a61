package fr.unicamp.common.domain.error;

import java.util.List;

/**
 * Root of the business exceptions. The message key selects the user-facing text in the bundles
 * ({@code fr.unicamp.messages}); the arguments fill its placeholders. The Java message is the
 * English developer-facing text, for logs only.
 */
public abstract sealed class UnicampException extends RuntimeException
    permits NotFoundException, RuleViolationException, ConflictException, ForbiddenException {

  private final String messageKey;
  private final List<Object> arguments;

  protected UnicampException(String messageKey, String developerMessage, Object... arguments) {
    super(developerMessage);
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String messageKey() {
    return messageKey;
  }

  public List<Object> arguments() {
    return arguments;
  }

  /**
   * The business exception behind {@code exception}, searched down its cause chain: persistence and
   * interceptors may wrap the one a rule threw.
   */
  public static java.util.Optional<UnicampException> findIn(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof UnicampException u) {
        return java.util.Optional.of(u);
      }
    }
    return java.util.Optional.empty();
  }

  /** Stable machine-readable category, used as the last segment of the problem {@code type}. */
  public abstract String category();
}
