package fr.unicamp.integration.sis.testing;

import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.common.infrastructure.csv.CsvLineError;
import fr.unicamp.integration.sis.SisExportLine;
import fr.unicamp.integration.sis.SisExportSource;
import fr.unicamp.integration.sis.SisReturnApplier;
import fr.unicamp.integration.sis.SisReturnLine;
import fr.unicamp.integration.sis.run.SyncCounts;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** The enrolment module as the SIS ports see it, in memory; can fail its first apply. */
public final class FakeEnrolments implements SisExportSource, SisReturnApplier {

  /** What the SIS said about one enrolment. */
  public record SisState(SisReturnLine.Outcome outcome, String studentNumber, String reason) {}

  private final Map<String, SisExportLine> enrolments = new ConcurrentHashMap<>();
  private final Map<String, SisState> states = new ConcurrentHashMap<>();
  public final List<String> sent = new CopyOnWriteArrayList<>();
  public final AtomicInteger applies = new AtomicInteger();
  public final AtomicInteger queries = new AtomicInteger();
  public volatile int failingApplies;

  public FakeEnrolments with(SisExportLine line) {
    enrolments.put(line.enrolmentReference(), line);
    return this;
  }

  public Optional<SisState> state(String reference) {
    return Optional.ofNullable(states.get(reference));
  }

  @Override
  public List<SisExportLine> changedSince(
      UniversityCode university, Optional<OffsetDateTime> since, OffsetDateTime until) {
    queries.incrementAndGet();
    return enrolments.values().stream()
        .filter(l -> since.map(s -> l.updatedAt().isAfter(s)).orElse(true))
        .filter(l -> !l.updatedAt().isAfter(until))
        .sorted(java.util.Comparator.comparing(SisExportLine::enrolmentReference))
        .toList();
  }

  @Override
  public void markSent(UniversityCode university, List<String> enrolmentReferences) {
    sent.addAll(enrolmentReferences);
  }

  @Override
  public List<CsvLineError> check(UniversityCode university, List<SisReturnLine> lines) {
    List<CsvLineError> errors = new ArrayList<>();
    for (SisReturnLine line : lines) {
      if (!enrolments.containsKey(line.enrolmentReference())) {
        errors.add(
            CsvLineError.inColumn(
                line.line(),
                "reference_inscription",
                "error.sis.unknown-enrolment",
                line.enrolmentReference()));
      }
    }
    return errors;
  }

  @Override
  public SyncCounts apply(UniversityCode university, List<SisReturnLine> lines) {
    if (failingApplies > 0) {
      failingApplies--;
      throw new IllegalStateException("the database went away");
    }
    applies.incrementAndGet();
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    for (SisReturnLine line : lines) {
      SisState next = new SisState(line.outcome(), line.studentNumber(), line.rejectionReason());
      SisState before = states.put(line.enrolmentReference(), next);
      if (before == null) {
        created++;
      } else if (before.equals(next)) {
        unchanged++;
      } else {
        updated++;
      }
    }
    return new SyncCounts(lines.size(), created, updated, unchanged, 0);
  }
}
