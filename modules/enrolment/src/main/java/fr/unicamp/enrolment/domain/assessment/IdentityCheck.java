package fr.unicamp.enrolment.domain.assessment;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.Rules;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The identity-verification record of an assessment: how the candidate was supervised or checked,
 * by whom, when (UTC), and where the evidence is kept (a proctoring report id, a signed attendance
 * sheet's reference), so that an auditor can find it.
 */
public record IdentityCheck(
    IdentityCheckMethod method,
    String verifier,
    OffsetDateTime verifiedAt,
    String evidenceReference) {

  public static final int MAX_TEXT = 200;

  public IdentityCheck {
    verifier = clean(verifier);
    evidenceReference = clean(evidenceReference);
  }

  /** Every missing or overlong field, prefixed with {@code field}. */
  public List<FieldError> violations(String field) {
    return new Rules()
        .require(method != null, field + ".method", "error.required")
        .require(verifier != null, field + ".verifier", "error.required")
        .require(fits(verifier), field + ".verifier", "error.text.too-long", MAX_TEXT)
        .require(verifiedAt != null, field + ".verifiedAt", "error.required")
        .require(evidenceReference != null, field + ".evidenceReference", "error.required")
        .require(
            fits(evidenceReference), field + ".evidenceReference", "error.text.too-long", MAX_TEXT)
        .errors();
  }

  private static boolean fits(String text) {
    return text == null || text.length() <= MAX_TEXT;
  }

  private static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
