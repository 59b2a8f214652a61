package fr.unicamp.common.domain.security;

/**
 * The roles of the back-office. Only {@link #UNIVERSITY_STAFF} is confined to its own university;
 * the others see the whole consortium ({@link #AUDITOR} read-only).
 */
public enum Role {
  CONSORTIUM_ADMIN,
  UNIVERSITY_STAFF,
  FINANCE,
  AUDITOR;

  public static final String CONSORTIUM_ADMIN_NAME = "CONSORTIUM_ADMIN";
  public static final String UNIVERSITY_STAFF_NAME = "UNIVERSITY_STAFF";
  public static final String FINANCE_NAME = "FINANCE";
  public static final String AUDITOR_NAME = "AUDITOR";

  public boolean seesWholeConsortium() {
    return this != UNIVERSITY_STAFF;
  }

  public boolean canChange() {
    return this != AUDITOR;
  }
}
