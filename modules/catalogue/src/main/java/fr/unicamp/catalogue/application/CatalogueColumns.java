package fr.unicamp.catalogue.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The columns of the catalogue's CSV files, named as the JSON fields of the REST API. The import
 * reads the identity and the Annex I elements; the export writes the same columns, so an exported
 * file can be edited and imported as drafts elsewhere, plus {@code id} and {@code status}, which
 * the import ignores. Lists (learning outcomes) hold one entry per item, joined with {@value
 * #LIST_SEPARATOR}.
 */
public final class CatalogueColumns {

  public static final String LIST_SEPARATOR = " | ";

  public static final String ID = "id";
  public static final String STATUS = "status";
  public static final String UNIVERSITY = "university";
  public static final String CODE = "code";
  public static final String TITLE_FR = "titleFr";
  public static final String TITLE_EN = "titleEn";
  public static final String HOURS = "hours";
  public static final String ISSUER_COUNTRY = "issuerCountry";
  public static final String ISSUER_REGION = "issuerRegion";
  public static final String OUTCOMES_FR = "learningOutcomesFr";
  public static final String OUTCOMES_EN = "learningOutcomesEn";
  public static final String ECTS = "ects";
  public static final String EQF_LEVEL = "eqfLevel";
  public static final String ASSESSMENT_TYPE = "assessmentType";
  public static final String PARTICIPATION_FORM = "participationForm";
  public static final String QUALITY_ASSURANCE = "qualityAssurance";
  public static final String IDENTITY_VERIFICATION = "identityVerification";
  public static final String ATTENDANCE_THRESHOLD = "attendanceThresholdPercent";
  public static final String VALIDITY_MONTHS = "validityMonths";
  public static final String PRICE = "price";
  public static final String NSF_CODE = "nsfCode";
  public static final String PREREQUISITES = "prerequisites";
  public static final String FURTHER_INFORMATION = "furtherInformation";

  /** What an import file must have in its header. */
  public static final List<String> REQUIRED = List.of(CODE, TITLE_FR, HOURS);

  /** What an import reads, in the order the export writes them. */
  public static final List<String> IMPORTED =
      List.of(
          UNIVERSITY,
          CODE,
          TITLE_FR,
          TITLE_EN,
          HOURS,
          ISSUER_COUNTRY,
          ISSUER_REGION,
          OUTCOMES_FR,
          OUTCOMES_EN,
          ECTS,
          EQF_LEVEL,
          ASSESSMENT_TYPE,
          PARTICIPATION_FORM,
          QUALITY_ASSURANCE,
          IDENTITY_VERIFICATION,
          ATTENDANCE_THRESHOLD,
          VALIDITY_MONTHS,
          PRICE,
          NSF_CODE,
          PREREQUISITES,
          FURTHER_INFORMATION);

  /** Columns of an export that the import accepts and ignores. */
  public static final Set<String> IGNORED = Set.of(ID, STATUS);

  private CatalogueColumns() {}

  /** The export's header: id and status, then every imported column. */
  public static List<String> exported() {
    List<String> all = new ArrayList<>(List.of(ID, STATUS));
    all.addAll(IMPORTED);
    return List.copyOf(all);
  }
}
