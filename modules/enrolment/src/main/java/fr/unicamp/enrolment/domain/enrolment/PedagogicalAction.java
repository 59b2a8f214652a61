package fr.unicamp.enrolment.domain.enrolment;

import static fr.unicamp.enrolment.domain.enrolment.PedagogicalStatus.COMPLETED;
import static fr.unicamp.enrolment.domain.enrolment.PedagogicalStatus.ENROLLED;
import static fr.unicamp.enrolment.domain.enrolment.PedagogicalStatus.FAILED;
import static fr.unicamp.enrolment.domain.enrolment.PedagogicalStatus.IN_PROGRESS;
import static fr.unicamp.enrolment.domain.enrolment.PedagogicalStatus.WITHDRAWN;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The business actions on a pedagogical enrolment: the transition table. */
public enum PedagogicalAction {
  /** The learner started the course (first activity, or the session's start). */
  START(EnumSet.of(ENROLLED), IN_PROGRESS, true),
  /** The learner finished the course. */
  COMPLETE(EnumSet.of(IN_PROGRESS), COMPLETED, true),
  /** The learner reached the end without succeeding. */
  FAIL(EnumSet.of(IN_PROGRESS), FAILED, true),
  /** The learner dropped out before the end, for a coded cause. */
  WITHDRAW(EnumSet.of(ENROLLED, IN_PROGRESS), WITHDRAWN, false);

  private final Set<PedagogicalStatus> from;
  private final PedagogicalStatus to;
  private final boolean progress;

  PedagogicalAction(Set<PedagogicalStatus> from, PedagogicalStatus to, boolean progress) {
    this.from = from;
    this.to = to;
    this.progress = progress;
  }

  public Set<PedagogicalStatus> from() {
    return Set.copyOf(from);
  }

  public PedagogicalStatus to() {
    return to;
  }

  /**
   * Whether the action is progress in the course, which needs a valid administrative registration;
   * a drop-out is recorded whatever the administrative status.
   */
  public boolean isProgress() {
    return progress;
  }

  public boolean isAllowedFrom(PedagogicalStatus status) {
    return from.contains(status);
  }

  public static List<PedagogicalAction> allowedFrom(PedagogicalStatus status) {
    return Arrays.stream(values()).filter(a -> a.isAllowedFrom(status)).toList();
  }
}
