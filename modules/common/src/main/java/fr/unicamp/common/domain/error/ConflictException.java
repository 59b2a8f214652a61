package fr.unicamp.common.domain.error;

/** The request clashes with the current state (a duplicate key, a concurrent change). */
public final class ConflictException extends UnicampException {

  public ConflictException(String messageKey, String developerMessage, Object... arguments) {
    super(messageKey, developerMessage, arguments);
  }

  @Override
  public String category() {
    return "conflict";
  }
}
