package fr.unicamp.catalogue.application;

import static fr.unicamp.catalogue.application.CatalogueColumns.ASSESSMENT_TYPE;
import static fr.unicamp.catalogue.application.CatalogueColumns.ATTENDANCE_THRESHOLD;
import static fr.unicamp.catalogue.application.CatalogueColumns.CODE;
import static fr.unicamp.catalogue.application.CatalogueColumns.ECTS;
import static fr.unicamp.catalogue.application.CatalogueColumns.EQF_LEVEL;
import static fr.unicamp.catalogue.application.CatalogueColumns.FURTHER_INFORMATION;
import static fr.unicamp.catalogue.application.CatalogueColumns.HOURS;
import static fr.unicamp.catalogue.application.CatalogueColumns.IDENTITY_VERIFICATION;
import static fr.unicamp.catalogue.application.CatalogueColumns.IGNORED;
import static fr.unicamp.catalogue.application.CatalogueColumns.IMPORTED;
import static fr.unicamp.catalogue.application.CatalogueColumns.ISSUER_COUNTRY;
import static fr.unicamp.catalogue.application.CatalogueColumns.ISSUER_REGION;
import static fr.unicamp.catalogue.application.CatalogueColumns.NSF_CODE;
import static fr.unicamp.catalogue.application.CatalogueColumns.OUTCOMES_EN;
import static fr.unicamp.catalogue.application.CatalogueColumns.OUTCOMES_FR;
import static fr.unicamp.catalogue.application.CatalogueColumns.PARTICIPATION_FORM;
import static fr.unicamp.catalogue.application.CatalogueColumns.PREREQUISITES;
import static fr.unicamp.catalogue.application.CatalogueColumns.PRICE;
import static fr.unicamp.catalogue.application.CatalogueColumns.QUALITY_ASSURANCE;
import static fr.unicamp.catalogue.application.CatalogueColumns.REQUIRED;
import static fr.unicamp.catalogue.application.CatalogueColumns.TITLE_EN;
import static fr.unicamp.catalogue.application.CatalogueColumns.TITLE_FR;
import static fr.unicamp.catalogue.application.CatalogueColumns.UNIVERSITY;
import static fr.unicamp.catalogue.application.CatalogueColumns.VALIDITY_MONTHS;

import fr.unicamp.catalogue.domain.microcertification.AnnexElements;
import fr.unicamp.catalogue.domain.microcertification.AssessmentType;
import fr.unicamp.catalogue.domain.microcertification.IdentityVerification;
import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.microcertification.ParticipationForm;
import fr.unicamp.catalogue.domain.microcertification.QualityAssuranceType;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.money.Money;
import fr.unicamp.common.domain.university.UniversityCode;
import fr.unicamp.common.infrastructure.csv.CsvLineError;
import fr.unicamp.common.infrastructure.csv.CsvParseResult;
import fr.unicamp.common.infrastructure.csv.CsvReader;
import fr.unicamp.common.infrastructure.csv.CsvRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Reads a file of draft micro-certifications (docs/formats/catalogue-import.md) and checks every
 * line before anything is created: the file's shape (through {@link CsvReader}), each cell, the
 * rules of a draft and of its Annex I elements, the university the caller may import into, codes
 * repeated in the file or already used. Either every line is good and the drafts come back, or a
 * {@link RuleViolationException} lists every error as {@code line[n].column}, in line order.
 */
public final class DraftImportParser {

  /**
   * Who imports and what exists.
   *
   * @param ownUniversity the staff member's university: the column must name it or be empty; empty
   *     for the consortium roles, who must name a university on every line
   * @param universityExists whether a university is one of the consortium's
   * @param codeExists whether a university already has a micro-certification with this code
   */
  public record Scope(
      Optional<UniversityCode> ownUniversity,
      Predicate<UniversityCode> universityExists,
      BiPredicate<UniversityCode, String> codeExists) {}

  /** Stands in for an unreadable university while the line's other rules are checked. */
  private static final UniversityCode UNKNOWN = UniversityCode.of("UNKNOWN");

  private static final int MAX_TITLE = 300;

  /** One file is one transaction: beyond this, split it. */
  public static final int MAX_LINES = 1000;

  public static final int MAX_BYTES = 4 * 1024 * 1024;

  private DraftImportParser() {}

  public static List<DraftImportLine> parse(byte[] data, Charset charset, Scope scope) {
    if (data.length > MAX_BYTES) {
      throw refused(List.of(CsvLineError.of(1, "error.import.too-large", MAX_BYTES / 1024 / 1024)));
    }
    CsvParseResult file =
        CsvReader.of(charset).requiring(REQUIRED.toArray(String[]::new)).read(data);
    if (file.fileRejected()) {
      file.requireNoErrors();
    }
    List<String> unknown =
        file.header().stream()
            .filter(c -> !c.isEmpty() && !IMPORTED.contains(c) && !IGNORED.contains(c))
            .toList();
    if (!unknown.isEmpty()) {
      throw refused(
          List.of(CsvLineError.of(1, "error.import.unknown-columns", String.join(", ", unknown))));
    }
    if (file.records().isEmpty() && !file.hasErrors()) {
      throw refused(List.of(CsvLineError.of(1, "error.import.no-lines")));
    }
    if (file.records().size() + file.errors().size() > MAX_LINES) {
      throw refused(List.of(CsvLineError.of(1, "error.import.too-many-lines", MAX_LINES)));
    }
    List<CsvLineError> errors = new ArrayList<>(file.errors());
    List<DraftImportLine> lines = new ArrayList<>();
    Map<String, Integer> firstLineOfCode = new HashMap<>();
    for (CsvRecord record : file.records()) {
      int before = errors.size();
      ImportCells cells = new ImportCells(record, errors);
      DraftImportLine line = read(cells, scope);
      if (errors.size() == before) {
        String key = line.draft().university().value() + "/" + line.draft().code();
        Integer first = firstLineOfCode.putIfAbsent(key, record.line());
        if (first != null) {
          cells.error(CODE, "error.import.duplicate-in-file", line.draft().code(), first);
        } else if (scope.codeExists().test(line.draft().university(), line.draft().code())) {
          cells.error(CODE, "error.micro-certification.duplicate-code", line.draft().code());
        } else {
          lines.add(line);
        }
      }
    }
    if (!errors.isEmpty()) {
      throw refused(errors);
    }
    return lines;
  }

  private static DraftImportLine read(ImportCells cells, Scope scope) {
    UniversityCode university = university(cells, scope);
    String code = cells.text(CODE);
    String titleFr = cells.text(TITLE_FR, MAX_TITLE);
    String titleEn = cells.text(TITLE_EN, MAX_TITLE);
    Integer hours = cells.integer(HOURS);
    if (code == null) {
      cells.error(CODE, "error.required");
    }
    if (hours == null) {
      cells.error(HOURS, "error.required");
    }
    try {
      MicroCertification.draft(
          university == null ? UNKNOWN : university,
          code == null ? "XX" : code,
          titleFr,
          titleEn,
          hours == null ? 7 : hours);
    } catch (RuleViolationException e) {
      e.fieldErrors().forEach(f -> cells.error(f.field(), f.messageKey(), argumentsOf(f)));
    }
    AnnexElements annex = annex(cells);
    annex.violations().forEach(f -> cells.error(f.field(), f.messageKey(), argumentsOf(f)));
    NewMicroCertification draft =
        new NewMicroCertification(
            university == null ? UNKNOWN : university,
            code,
            titleFr,
            titleEn,
            hours == null ? 0 : hours);
    return new DraftImportLine(cells.line(), draft, annex);
  }

  /** The line's university, or null after noting why there is none. */
  private static UniversityCode university(ImportCells cells, Scope scope) {
    String value = cells.text(UNIVERSITY);
    if (value == null) {
      if (scope.ownUniversity().isEmpty()) {
        cells.error(UNIVERSITY, "error.required");
      }
      return scope.ownUniversity().orElse(null);
    }
    UniversityCode university;
    try {
      university = UniversityCode.of(value);
    } catch (RuleViolationException e) {
      cells.error(UNIVERSITY, "error.university-code.format", value);
      return null;
    }
    if (scope.ownUniversity().filter(own -> !own.equals(university)).isPresent()) {
      cells.error(
          UNIVERSITY,
          "error.import.foreign-university",
          value,
          scope.ownUniversity().get().value());
      return null;
    }
    if (!scope.universityExists().test(university)) {
      cells.error(UNIVERSITY, "error.import.unknown-university", value);
      return null;
    }
    return university;
  }

  private static AnnexElements annex(ImportCells cells) {
    return new AnnexElements(
        cells.text(ISSUER_COUNTRY),
        cells.text(ISSUER_REGION),
        cells.list(OUTCOMES_FR),
        cells.list(OUTCOMES_EN),
        cells.decimal(ECTS, "error.ects.range", AnnexElements.MAX_ECTS),
        cells.integer(EQF_LEVEL),
        cells.code(ASSESSMENT_TYPE, AssessmentType.class),
        cells.code(PARTICIPATION_FORM, ParticipationForm.class),
        cells.code(QUALITY_ASSURANCE, QualityAssuranceType.class),
        cells.code(IDENTITY_VERIFICATION, IdentityVerification.class),
        cells.integer(ATTENDANCE_THRESHOLD),
        cells.integer(VALIDITY_MONTHS),
        money(cells.decimal(PRICE, "error.price.format")),
        cells.text(NSF_CODE),
        cells.text(PREREQUISITES),
        cells.text(FURTHER_INFORMATION));
  }

  private static Money money(BigDecimal amount) {
    return amount == null ? null : Money.eur(amount.setScale(2, RoundingMode.UNNECESSARY));
  }

  private static Object[] argumentsOf(FieldError error) {
    return error.arguments().toArray();
  }

  private static RuleViolationException refused(List<CsvLineError> errors) {
    return new RuleViolationException(
        errors.stream()
            .sorted(Comparator.comparingInt(CsvLineError::line))
            .map(CsvLineError::toFieldError)
            .toList());
  }
}
