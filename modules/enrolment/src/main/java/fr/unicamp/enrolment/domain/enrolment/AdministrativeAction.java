package fr.unicamp.enrolment.domain.enrolment;

import static fr.unicamp.enrolment.domain.enrolment.AdministrativeStatus.CANCELLED;
import static fr.unicamp.enrolment.domain.enrolment.AdministrativeStatus.CONFIRMED_BY_SIS;
import static fr.unicamp.enrolment.domain.enrolment.AdministrativeStatus.PENDING_PAYMENT;
import static fr.unicamp.enrolment.domain.enrolment.AdministrativeStatus.REGISTERED;
import static fr.unicamp.enrolment.domain.enrolment.AdministrativeStatus.REJECTED_BY_SIS;
import static fr.unicamp.enrolment.domain.enrolment.AdministrativeStatus.SENT_TO_SIS;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The business actions on an administrative enrolment: the transition table. Each leads from the
 * listed statuses to exactly one.
 */
public enum AdministrativeAction {
  /** The order was paid, or the funding agreed: the learner is registered. */
  REGISTER(EnumSet.of(PENDING_PAYMENT), REGISTERED),
  /** The registration left for the university's SIS (nightly exchange). */
  SEND_TO_SIS(EnumSet.of(REGISTERED), SENT_TO_SIS),
  /** The SIS registered the learner and gave a student number. */
  CONFIRM_BY_SIS(EnumSet.of(SENT_TO_SIS), CONFIRMED_BY_SIS),
  /** The SIS refused the registration, saying why. */
  REJECT_BY_SIS(EnumSet.of(SENT_TO_SIS), REJECTED_BY_SIS),
  /** Cancelled by the learner or staff; a withdrawal when inside the withdrawal period. */
  CANCEL(EnumSet.of(PENDING_PAYMENT, REGISTERED, SENT_TO_SIS, CONFIRMED_BY_SIS), CANCELLED);

  private final Set<AdministrativeStatus> from;
  private final AdministrativeStatus to;

  AdministrativeAction(Set<AdministrativeStatus> from, AdministrativeStatus to) {
    this.from = from;
    this.to = to;
  }

  public Set<AdministrativeStatus> from() {
    return Set.copyOf(from);
  }

  public AdministrativeStatus to() {
    return to;
  }

  public boolean isAllowedFrom(AdministrativeStatus status) {
    return from.contains(status);
  }

  /** The actions open from {@code status}, in declaration order; none from a final status. */
  public static List<AdministrativeAction> allowedFrom(AdministrativeStatus status) {
    return Arrays.stream(values()).filter(a -> a.isAllowedFrom(status)).toList();
  }
}
