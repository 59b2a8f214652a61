package fr.unicamp.integration.sis.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.common.infrastructure.csv.CsvLineError;
import fr.unicamp.integration.sis.testing.IntegrationDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class JdbcSyncRunStoreTest {

  private static final UniversityCode ULILLE = UniversityCode.of("ULILLE");
  private static final LocalDate NIGHT = LocalDate.of(2026, 11, 30);

  private final DataSource db = IntegrationDatabase.create("ULILLE");
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T01:30:00Z"));
  private final JdbcSyncRunStore store = new JdbcSyncRunStore(db, clock, Duration.ofMinutes(10));

  @Test
  void eight_instances_claiming_the_same_night_at_once_get_one_run() throws Exception {
    int instances = 8;
    ExecutorService pool = Executors.newFixedThreadPool(instances);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Optional<SyncClaim>>> claims = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      String owner = "instance-" + i;
      Callable<Optional<SyncClaim>> claim =
          () -> {
            start.await();
            return store.claim(ULILLE, SyncFlow.EXPORT, NIGHT, owner);
          };
      claims.add(pool.submit(claim));
    }
    start.countDown();
    long won = 0;
    for (Future<Optional<SyncClaim>> claim : claims) {
      won += claim.get().isPresent() ? 1 : 0;
    }
    pool.shutdown();

    assertThat(won).isEqualTo(1);
    assertThat(store.find(ULILLE, SyncFlow.EXPORT, NIGHT).orElseThrow().status())
        .isEqualTo(SyncRunStatus.RUNNING);
  }

  @Test
  void a_done_run_is_never_claimed_again_but_the_other_flow_and_night_are_free() {
    SyncClaim claim = store.claim(ULILLE, SyncFlow.EXPORT, NIGHT, "a").orElseThrow();
    store.finish(
        claim,
        new SyncRunOutcome(
            new SyncCounts(3, 0, 0, 0, 0), List.of(), "ia_ip.csv", "abc", clock.now(), null));

    assertThat(store.claim(ULILLE, SyncFlow.EXPORT, NIGHT, "b")).isEmpty();
    assertThat(store.claim(ULILLE, SyncFlow.IMPORT, NIGHT, "b")).isPresent();
    assertThat(store.claim(ULILLE, SyncFlow.EXPORT, NIGHT.plusDays(1), "b")).isPresent();
    SyncRun run = store.find(ULILLE, SyncFlow.EXPORT, NIGHT).orElseThrow();
    assertThat(run.status()).isEqualTo(SyncRunStatus.DONE);
    assertThat(run.counts().read()).isEqualTo(3);
    assertThat(run.fileName()).isEqualTo("ia_ip.csv");
    assertThat(run.endedAt()).isNotNull();
    assertThat(store.lastExportWatermark(ULILLE)).contains(clock.now());
  }

  @Test
  void a_failed_run_keeps_its_cause_and_rejections_until_claimed_again() {
    SyncClaim first = store.claim(ULILLE, SyncFlow.IMPORT, NIGHT, "a").orElseThrow();
    store.fail(
        first,
        new SyncRunOutcome(
            new SyncCounts(2, 0, 0, 0, 1),
            List.of(CsvLineError.inColumn(3, "num_etudiant", "error.sis.required", "x")),
            "retour.csv",
            "def",
            null,
            "1 line rejected"));

    SyncRun failed = store.find(ULILLE, SyncFlow.IMPORT, NIGHT).orElseThrow();
    assertThat(failed.status()).isEqualTo(SyncRunStatus.FAILED);
    assertThat(failed.cause()).isEqualTo("1 line rejected");
    assertThat(store.rejections(failed.id()))
        .containsExactly(CsvLineError.inColumn(3, "num_etudiant", "error.sis.required", "x"));
    assertThat(store.lastExportWatermark(ULILLE)).isEmpty();

    SyncClaim second = store.claim(ULILLE, SyncFlow.IMPORT, NIGHT, "b").orElseThrow();
    assertThat(second.attempt()).isEqualTo(2);
    assertThat(second.runId()).isEqualTo(first.runId());
    assertThat(store.rejections(failed.id())).isEmpty();
  }

  @Test
  void a_stale_run_is_taken_over_and_its_old_owner_is_fenced_off() {
    SyncClaim old = store.claim(ULILLE, SyncFlow.EXPORT, NIGHT, "dead").orElseThrow();
    clock.advance(Duration.ofMinutes(5));
    assertThat(store.claim(ULILLE, SyncFlow.EXPORT, NIGHT, "new")).as("still alive").isEmpty();
    clock.advance(Duration.ofMinutes(6));

    SyncClaim fresh = store.claim(ULILLE, SyncFlow.EXPORT, NIGHT, "new").orElseThrow();

    assertThat(store.heartbeat(old)).isFalse();
    assertThatThrownBy(() -> store.finish(old, SyncRunOutcome.failed("late")))
        .hasMessageContaining("taken over");
    store.finish(fresh, SyncRunOutcome.failed("ok"));
    assertThat(store.find(ULILLE, SyncFlow.EXPORT, NIGHT).orElseThrow().status())
        .isEqualTo(SyncRunStatus.DONE);
  }

  @Test
  void a_content_is_recorded_once_per_university_and_flow() {
    SyncClaim claim = store.claim(ULILLE, SyncFlow.IMPORT, NIGHT, "a").orElseThrow();
    assertThat(store.contentAppliedBy(ULILLE, SyncFlow.IMPORT, "c0ffee")).isEmpty();

    store.recordContent(claim, "c0ffee", "retour.csv");

    assertThat(store.contentAppliedBy(ULILLE, SyncFlow.IMPORT, "c0ffee")).contains(claim.runId());
    assertThatThrownBy(() -> store.recordContent(claim, "c0ffee", "copie.csv"))
        .isInstanceOf(IllegalStateException.class);
  }

  /** A clock the test moves. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    OffsetDateTime now() {
      return OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
