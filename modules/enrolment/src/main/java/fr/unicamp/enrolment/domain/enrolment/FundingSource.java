package fr.unicamp.enrolment.domain.enrolment;

import static fr.unicamp.enrolment.domain.enrolment.FundingReference.AGREEMENT;
import static fr.unicamp.enrolment.domain.enrolment.FundingReference.EDOF_FOLDER;
import static fr.unicamp.enrolment.domain.enrolment.FundingReference.ORDER;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who pays for an enrolment (the payer types of the BPF's frame C), and which references each needs
 * (standards.md §7, §8.2):
 *
 * <table>
 *   <caption>References per source: required, and allowed besides</caption>
 *   <tr><th>source</th><th>required</th><th>also allowed</th></tr>
 *   <tr><td>SELF</td><td>order</td><td>—</td></tr>
 *   <tr><td>EMPLOYER</td><td>agreement</td><td>order</td></tr>
 *   <tr><td>OPCO</td><td>agreement (the OPCO's accord)</td><td>order</td></tr>
 *   <tr><td>CPF</td><td>EDOF folder</td><td>order</td></tr>
 *   <tr><td>FRANCE_TRAVAIL</td><td>agreement</td><td>order, EDOF folder (CPF top-up)</td></tr>
 *   <tr><td>OTHER</td><td>—</td><td>order, agreement</td></tr>
 * </table>
 *
 * Stored by name: never rename a constant.
 */
public enum FundingSource {
  SELF(EnumSet.of(ORDER), EnumSet.of(ORDER)),
  EMPLOYER(EnumSet.of(AGREEMENT), EnumSet.of(ORDER, AGREEMENT)),
  OPCO(EnumSet.of(AGREEMENT), EnumSet.of(ORDER, AGREEMENT)),
  CPF(EnumSet.of(EDOF_FOLDER), EnumSet.of(ORDER, EDOF_FOLDER)),
  FRANCE_TRAVAIL(EnumSet.of(AGREEMENT), EnumSet.of(ORDER, AGREEMENT, EDOF_FOLDER)),
  OTHER(EnumSet.noneOf(FundingReference.class), EnumSet.of(ORDER, AGREEMENT));

  private final Set<FundingReference> required;
  private final Set<FundingReference> allowed;

  FundingSource(Set<FundingReference> required, Set<FundingReference> allowed) {
    this.required = required;
    this.allowed = allowed;
  }

  public Set<FundingReference> required() {
    return Set.copyOf(required);
  }

  /** Every reference this source may carry, the required ones included. */
  public Set<FundingReference> allowed() {
    return Set.copyOf(allowed);
  }
}
