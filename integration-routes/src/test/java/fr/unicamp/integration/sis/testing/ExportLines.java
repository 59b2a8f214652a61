package fr.unicamp.integration.sis.testing;

import fr.unicamp.integration.sis.SisExportLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Export lines for tests. */
public final class ExportLines {

  private ExportLines() {}

  /** A full line, last changed on 29 November 2026 at 03:10 Paris time. */
  public static SisExportLine line(String reference, String familyName) {
    return line(reference, familyName, OffsetDateTime.parse("2026-11-29T03:10:00+01:00"));
  }

  /** A full line, last changed at {@code updatedAt}. */
  public static SisExportLine line(String reference, String familyName, OffsetDateTime updatedAt) {
    return new SisExportLine(
        reference,
        "2026-2027",
        null,
        "1234567890A",
        familyName,
        null,
        "Julie",
        LocalDate.of(1988, 4, 12),
        "F",
        "julie.m@example.org",
        "MC01",
        "Concevoir une évaluation; par compétences",
        "20",
        "E",
        "P",
        LocalDate.of(2026, 10, 2),
        "MC01EVAL",
        "Concevoir une évaluation",
        new BigDecimal("1"),
        "INSCRIT",
        LocalDate.of(2026, 10, 3),
        new BigDecimal("15.50"),
        "ADM",
        updatedAt);
  }
}
