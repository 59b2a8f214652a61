package fr.unicamp.common.domain.error;

/**
 * The object does not exist for the caller. Rows of another university raise this too, so that a
 * staff user learns nothing about them (a 404, never a 403).
 */
public final class NotFoundException extends UnicampException {

  public NotFoundException(String objectType, Object id) {
    super("error.not-found", objectType + " " + id + " not found", objectType, String.valueOf(id));
  }

  @Override
  public String category() {
    return "not-found";
  }
}
