package fr.unicamp.enrolment.domain.enrolment;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.Rules;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How an enrolment is paid for: the source and its references, each required or refused by the
 * source's table ({@link FundingSource}). References are trimmed; a blank one is absent.
 */
public record Funding(
    FundingSource source, String orderReference, String agreementNumber, String edofFolderNumber) {

  /** Letters, digits and the separators references use ({@code CMD-2025/0042}, {@code A.12_3}). */
  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.-]{0,59}");

  public Funding {
    orderReference = clean(orderReference);
    agreementNumber = clean(agreementNumber);
    edofFolderNumber = clean(edofFolderNumber);
  }

  /** A learner paying for themselves through the marketplace order {@code orderReference}. */
  public static Funding self(String orderReference) {
    return new Funding(FundingSource.SELF, orderReference, null, null);
  }

  public String reference(FundingReference reference) {
    return switch (reference) {
      case ORDER -> orderReference;
      case AGREEMENT -> agreementNumber;
      case EDOF_FOLDER -> edofFolderNumber;
    };
  }

  /** Every broken rule, fields prefixed with {@code field} ({@code funding.agreementNumber}). */
  public List<FieldError> violations(String field) {
    Rules rules = new Rules();
    rules.require(source != null, field + ".source", "error.required");
    for (FundingReference reference : FundingReference.values()) {
      String value = reference(reference);
      String name = field + "." + reference.field();
      if (source != null) {
        rules.require(
            value != null || !source.required().contains(reference),
            name,
            "error.enrolment.funding.reference-required",
            source.name());
        rules.require(
            value == null || source.allowed().contains(reference),
            name,
            "error.enrolment.funding.reference-not-allowed",
            source.name());
      }
      rules.require(
          value == null || REFERENCE.matcher(value).matches(),
          name,
          "error.enrolment.funding.reference-format");
    }
    return rules.errors();
  }

  private static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
