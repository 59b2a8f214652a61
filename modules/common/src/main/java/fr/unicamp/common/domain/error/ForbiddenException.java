package fr.unicamp.common.domain.error;

/**
 * The caller may see the object but not do this to it (an auditor trying to change something).
 * Never used for another university's rows: those are {@link NotFoundException}.
 */
public final class ForbiddenException extends UnicampException {

  public ForbiddenException(String messageKey, String developerMessage, Object... arguments) {
    super(messageKey, developerMessage, arguments);
  }

  @Override
  public String category() {
    return "forbidden";
  }
}
