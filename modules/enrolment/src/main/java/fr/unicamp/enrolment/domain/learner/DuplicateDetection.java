package fr.unicamp.enrolment.domain.learner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the records that may be the same person as a learner's details: the same e-mail address
 * (normalised: trimmed, lower case), or the same INE and birth date. An INE alone is not enough:
 * people mistype it, and the birth date confirms it. Merged records and the learner itself are
 * never candidates.
 */
public final class DuplicateDetection {

  private DuplicateDetection() {}

  /**
   * The candidates among {@code others}, each with every reason that holds, ordered by id.
   *
   * @param self the learner the details belong to, to leave out; null for a learner not stored yet
   */
  public static List<DuplicateCandidate> candidates(
      LearnerDetails details, LearnerId self, Collection<Learner> others) {
    Map<LearnerId, Set<DuplicateReason>> found = new LinkedHashMap<>();
    for (Learner other : others) {
      if (other.isMerged() || other.id() == null || other.learnerId().equals(self)) {
        continue;
      }
      Set<DuplicateReason> reasons = reasons(details, other.details());
      if (!reasons.isEmpty()) {
        found
            .computeIfAbsent(other.learnerId(), id -> EnumSet.noneOf(DuplicateReason.class))
            .addAll(reasons);
      }
    }
    List<DuplicateCandidate> candidates = new ArrayList<>();
    found.forEach((id, reasons) -> candidates.add(new DuplicateCandidate(id, reasons)));
    candidates.sort(Comparator.comparingLong(c -> c.learner().value()));
    return candidates;
  }

  /** Every reason why two sets of details may describe the same person. */
  public static Set<DuplicateReason> reasons(LearnerDetails a, LearnerDetails b) {
    Set<DuplicateReason> reasons = EnumSet.noneOf(DuplicateReason.class);
    if (a.email() != null && a.email().equals(b.email())) {
      reasons.add(DuplicateReason.SAME_EMAIL);
    }
    if (a.ine() != null
        && a.ine().equals(b.ine())
        && a.birthDate() != null
        && Objects.equals(a.birthDate(), b.birthDate())) {
      reasons.add(DuplicateReason.SAME_INE_AND_BIRTH_DATE);
    }
    return reasons;
  }
}
