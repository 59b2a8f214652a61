package fr.unicamp.enrolment.domain.enrolment;

import java.time.LocalDate;
import java.util.Objects;

/** What a cancellation recorded: whether it was a withdrawal, why, and on which day. */
public record Cancellation(CancellationKind kind, String reason, LocalDate on) {

  public Cancellation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(on, "on");
  }

  public boolean isWithdrawal() {
    return kind == CancellationKind.WITHDRAWAL;
  }
}
