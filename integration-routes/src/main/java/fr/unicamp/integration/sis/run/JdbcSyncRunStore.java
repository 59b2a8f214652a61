package fr.unicamp.integration.sis.run;

import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.common.infrastructure.csv.CsvLineError;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Sync runs and imported contents in the {@code integration} tables, over plain JDBC.
 *
 * <p>{@link #claim} must be called outside any JTA transaction: on PostgreSQL a unique-key
 * violation aborts the transaction it happens in, and losing a claim is an ordinary answer here.
 */
public class JdbcSyncRunStore {

  private static final String UNIQUE_VIOLATION = "23505";
  private static final String ARGUMENT_SEPARATOR = "\u001F";

  private final DataSource dataSource;
  private final Clock clock;
  private final Duration staleAfter;

  /**
   * @param staleAfter a RUNNING run whose heartbeat is older than this may be taken over (the
   *     instance that held it is presumed dead)
   */
  public JdbcSyncRunStore(DataSource dataSource, Clock clock, Duration staleAfter) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.staleAfter = staleAfter;
  }

  /**
   * Claims the run of (university, flow, date) for {@code owner}: a new row, or a FAILED or stale
   * RUNNING one taken over. Empty when another instance holds it or it is DONE.
   */
  public Optional<SyncClaim> claim(
      UniversityCode university, SyncFlow flow, LocalDate businessDate, String owner) {
    OffsetDateTime now = now();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO sis_sync_run (university_id, flow, business_date, status, attempt,"
                  + " owner, started_at, heartbeat_at, read_count, created_count, updated_count,"
                  + " unchanged_count, rejected_count) VALUES (?, ?, ?, 'RUNNING', 1, ?, ?, ?, 0,"
                  + " 0, 0, 0, 0)",
              Statement.RETURN_GENERATED_KEYS)) {
        insert.setString(1, university.value());
        insert.setString(2, flow.key());
        insert.setDate(3, Date.valueOf(businessDate));
        insert.setString(4, owner);
        insert.setObject(5, now);
        insert.setObject(6, now);
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          return Optional.of(
              new SyncClaim(keys.getLong(1), university, flow, businessDate, owner, 1));
        }
      } catch (SQLException e) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
          throw e;
        }
      }
      return takeOver(c, university, flow, businessDate, owner, now);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot claim the " + flow.key() + " run", e);
    }
  }

  private Optional<SyncClaim> takeOver(
      Connection c,
      UniversityCode university,
      SyncFlow flow,
      LocalDate businessDate,
      String owner,
      OffsetDateTime now)
      throws SQLException {
    Optional<SyncRun> existing = find(c, university, flow, businessDate);
    if (existing.isEmpty()) {
      return Optional.empty();
    }
    SyncRun run = existing.get();
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE sis_sync_run SET status = 'RUNNING', attempt = attempt + 1, owner = ?,"
                + " started_at = ?, heartbeat_at = ?, ended_at = NULL, read_count = 0,"
                + " created_count = 0, updated_count = 0, unchanged_count = 0, rejected_count = 0,"
                + " file_name = NULL, checksum = NULL, cause = NULL WHERE id = ? AND attempt = ?"
                + " AND (status = 'FAILED' OR (status = 'RUNNING' AND heartbeat_at < ?))")) {
      update.setString(1, owner);
      update.setObject(2, now);
      update.setObject(3, now);
      update.setLong(4, run.id());
      update.setInt(5, run.attempt());
      update.setObject(6, now.minus(staleAfter));
      if (update.executeUpdate() != 1) {
        return Optional.empty();
      }
    }
    try (PreparedStatement delete =
        c.prepareStatement("DELETE FROM sis_sync_rejection WHERE run_id = ?")) {
      delete.setLong(1, run.id());
      delete.executeUpdate();
    }
    return Optional.of(
        new SyncClaim(run.id(), university, flow, businessDate, owner, run.attempt() + 1));
  }

  /** Tells other instances the claim is alive; false if it was taken over. */
  public boolean heartbeat(SyncClaim claim) {
    return update(claim, "UPDATE sis_sync_run SET heartbeat_at = ? WHERE ", now()) == 1;
  }

  /** Ends the run DONE. */
  public void finish(SyncClaim claim, SyncRunOutcome outcome) {
    end(claim, SyncRunStatus.DONE, outcome);
  }

  /** Ends the run FAILED with its cause and rejected lines; the run may be claimed again. */
  public void fail(SyncClaim claim, SyncRunOutcome outcome) {
    end(claim, SyncRunStatus.FAILED, outcome);
  }

  private void end(SyncClaim claim, SyncRunStatus status, SyncRunOutcome outcome) {
    SyncCounts n = outcome.counts();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement update =
          c.prepareStatement(
              "UPDATE sis_sync_run SET status = ?, ended_at = ?, heartbeat_at = ?, read_count = ?,"
                  + " created_count = ?, updated_count = ?, unchanged_count = ?, rejected_count ="
                  + " ?, file_name = ?, checksum = ?, watermark = ?, cause = ? WHERE id = ? AND"
                  + " owner = ? AND attempt = ? AND status = 'RUNNING'")) {
        OffsetDateTime now = now();
        update.setString(1, status.name());
        update.setObject(2, now);
        update.setObject(3, now);
        update.setInt(4, n.read());
        update.setInt(5, n.created());
        update.setInt(6, n.updated());
        update.setInt(7, n.unchanged());
        update.setInt(8, n.rejected());
        update.setString(9, outcome.fileName());
        update.setString(10, outcome.checksum());
        update.setObject(11, outcome.watermark());
        update.setString(12, truncate(outcome.cause(), 2000));
        update.setLong(13, claim.runId());
        update.setString(14, claim.owner());
        update.setInt(15, claim.attempt());
        if (update.executeUpdate() != 1) {
          throw new IllegalStateException(
              "the run " + claim.runId() + " was taken over by another instance");
        }
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO sis_sync_rejection (run_id, line_no, field, message_key, arguments)"
                  + " VALUES (?, ?, ?, ?, ?)")) {
        for (CsvLineError rejection : outcome.rejections()) {
          insert.setLong(1, claim.runId());
          insert.setInt(2, rejection.line());
          insert.setString(3, rejection.column());
          insert.setString(4, rejection.messageKey());
          insert.setString(
              5,
              truncate(
                  rejection.arguments().stream()
                      .map(String::valueOf)
                      .collect(Collectors.joining(ARGUMENT_SEPARATOR)),
                  1000));
          insert.addBatch();
        }
        insert.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot record the end of run " + claim.runId(), e);
    }
  }

  public Optional<SyncRun> find(UniversityCode university, SyncFlow flow, LocalDate date) {
    try (Connection c = dataSource.getConnection()) {
      return find(c, university, flow, date);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the sync runs", e);
    }
  }

  /** The rejected lines of a run, in line order. */
  public List<CsvLineError> rejections(long runId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT line_no, field, message_key, arguments FROM sis_sync_rejection"
                    + " WHERE run_id = ? ORDER BY line_no, id")) {
      select.setLong(1, runId);
      List<CsvLineError> all = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          String arguments = rs.getString(4);
          Object[] split =
              arguments.isEmpty() ? new Object[0] : arguments.split(ARGUMENT_SEPARATOR, -1);
          all.add(new CsvLineError(rs.getInt(1), rs.getString(2), rs.getString(3), List.of(split)));
        }
      }
      return all;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the rejections of run " + runId, e);
    }
  }

  /** Where the next export starts: the watermark of the last DONE export, if any. */
  public Optional<OffsetDateTime> lastExportWatermark(UniversityCode university) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT MAX(watermark) FROM sis_sync_run WHERE university_id = ? AND flow ="
                    + " 'export' AND status = 'DONE'")) {
      select.setString(1, university.value());
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return Optional.ofNullable(rs.getObject(1, OffsetDateTime.class));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the export watermark", e);
    }
  }

  /** The run that applied this content already, if one did. */
  public Optional<Long> contentAppliedBy(
      UniversityCode university, SyncFlow flow, String checksum) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT run_id FROM sis_imported_content WHERE university_id = ? AND flow = ?"
                    + " AND checksum = ?")) {
      select.setString(1, university.value());
      select.setString(2, flow.key());
      select.setString(3, checksum);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the imported contents", e);
    }
  }

  /**
   * Records that the claimed run applied this content. Call it in the transaction that applies the
   * content: a second writer of the same content then fails on the primary key and rolls back.
   */
  public void recordContent(SyncClaim claim, String checksum, String fileName) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO sis_imported_content (university_id, flow, checksum, file_name,"
                    + " run_id, imported_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, claim.university().value());
      insert.setString(2, claim.flow().key());
      insert.setString(3, checksum);
      insert.setString(4, truncate(fileName, 255));
      insert.setLong(5, claim.runId());
      insert.setObject(6, now());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot record the imported content " + checksum, e);
    }
  }

  private Optional<SyncRun> find(
      Connection c, UniversityCode university, SyncFlow flow, LocalDate date) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT id, status, attempt, started_at, ended_at, read_count, created_count,"
                + " updated_count, unchanged_count, rejected_count, file_name, checksum,"
                + " watermark, cause FROM sis_sync_run WHERE university_id = ? AND flow = ? AND"
                + " business_date = ?")) {
      select.setString(1, university.value());
      select.setString(2, flow.key());
      select.setDate(3, Date.valueOf(date));
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new SyncRun(
                rs.getLong(1),
                university,
                flow,
                date,
                SyncRunStatus.valueOf(rs.getString(2)),
                rs.getInt(3),
                rs.getObject(4, OffsetDateTime.class),
                rs.getObject(5, OffsetDateTime.class),
                new SyncCounts(
                    rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)),
                rs.getString(11),
                rs.getString(12),
                rs.getObject(13, OffsetDateTime.class),
                rs.getString(14)));
      }
    }
  }

  private int update(SyncClaim claim, String sqlStart, OffsetDateTime now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement(
                sqlStart + "id = ? AND owner = ? AND attempt = ? AND status = 'RUNNING'")) {
      update.setObject(1, now);
      update.setLong(2, claim.runId());
      update.setString(3, claim.owner());
      update.setInt(4, claim.attempt());
      return update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot update run " + claim.runId(), e);
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
