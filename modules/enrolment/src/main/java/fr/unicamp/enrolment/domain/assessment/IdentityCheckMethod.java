package fr.unicamp.enrolment.domain.assessment;

/**
 * How the candidate was supervised at the assessment, and whether their identity was checked
 * against an identity document. Stored by name: never rename a constant.
 */
public enum IdentityCheckMethod {
  /** An identity document checked face to face (on site). */
  ID_DOCUMENT_IN_PERSON(true),
  /** An identity document shown on camera to a live examiner. */
  ID_DOCUMENT_ON_CAMERA(true),
  /** A remote-proctoring service checked the document and watched the session. */
  REMOTE_PROCTORING(true),
  /** Supervised (live or recorded) without an identity document. */
  SUPERVISION_ONLY(false);

  private final boolean checksIdentity;

  IdentityCheckMethod(boolean checksIdentity) {
    this.checksIdentity = checksIdentity;
  }

  /** Whether this method verifies identity, not only supervision. */
  public boolean checksIdentity() {
    return checksIdentity;
  }
}
