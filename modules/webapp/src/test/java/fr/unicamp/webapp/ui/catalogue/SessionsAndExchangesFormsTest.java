package fr.unicamp.webapp.ui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.unicamp.catalogue.domain.microcertification.AnnexElements;
import fr.unicamp.catalogue.domain.microcertification.Authorship;
import fr.unicamp.catalogue.domain.microcertification.ParticipationForm;
import fr.unicamp.catalogue.domain.session.CertificationVersion;
import fr.unicamp.catalogue.domain.session.Session;
import fr.unicamp.catalogue.domain.session.SessionModality;
import fr.unicamp.catalogue.domain.session.SessionPlan;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.university.UniversityCode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The forms and rows of the authorship, the sessions tab and the catalogue import. */
class SessionsAndExchangesFormsTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final LocalDate START = LocalDate.of(2026, 3, 2);

  @Test
  void the_authorship_form_reads_one_name_per_line_and_gives_the_authorship_back() {
    Authorship authorship =
        new Authorship(List.of("URENNES", "UBO"), List.of("A. Martin"), List.of(), "UniCamp");
    AuthorshipForm form = AuthorshipForm.of(authorship);
    form.setDesigners("A. Martin\n\n  B. Leroy  \r\n");
    form.setTutors(" ");

    Authorship read = form.toAuthorship();

    assertThat(read.coProducers()).containsExactly("URENNES", "UBO");
    assertThat(read.designers()).containsExactly("A. Martin", "B. Leroy");
    assertThat(read.tutors()).isEmpty();
    assertThat(read.brand()).isEqualTo("UniCamp");
  }

  @Test
  void the_annex_form_carries_the_grade_scheme_and_stackability_and_clears_them_when_blank() {
    AnnexForm form = AnnexForm.of(AnnexElements.none());
    form.setGradeScheme("Acquis / non acquis");
    form.setIntegrationStackability("Bloc RNCP37873BC02");

    AnnexElements elements = form.toElements();
    assertThat(elements.gradeScheme()).isEqualTo("Acquis / non acquis");
    assertThat(AnnexForm.of(elements).getIntegrationStackability()).isEqualTo("Bloc RNCP37873BC02");

    form.setGradeScheme("  ");
    assertThat(form.toElements().gradeScheme()).isNull();
  }

  @Test
  void a_session_form_holds_the_plan_of_the_session_it_changes() {
    Session session = session(plan());

    SessionForm form = SessionForm.of(session);

    assertThat(form.getCode()).isEqualTo("2026-03");
    assertThat(form.getTutors()).isEqualTo("Claire Dubois\nKarim Benali");
    assertThat(form.toPlan()).isEqualTo(plan());
    assertThat(new SessionForm().isChanging()).as("a new session, until one is chosen").isFalse();
  }

  @Test
  void a_session_row_says_where_the_session_stands_each_day() {
    Session session = session(plan());

    assertThat(SessionRow.of(session, START.minusDays(30)).state()).isEqualTo("PLANNED");
    assertThat(SessionRow.of(session, START.minusDays(5)).state()).isEqualTo("OPEN");
    assertThat(SessionRow.of(session, START.plusDays(3)).state()).isEqualTo("RUNNING");
    assertThat(SessionRow.of(session, START.plusDays(60)).state()).isEqualTo("OVER");
    assertThat(SessionRow.of(session, START.plusDays(60)).isActive()).isFalse();
    SessionRow open = SessionRow.of(session, START.minusDays(5));
    assertThat(open.tutors()).isEqualTo("Claire Dubois, Karim Benali");
    assertThat(open.isActive()).isTrue();

    session.cancel(
        "Trop peu d'inscrits",
        Clock.fixed(START.minusDays(2).atStartOfDay(PARIS).toInstant(), PARIS));
    SessionRow cancelled = SessionRow.of(session, START.minusDays(1));
    assertThat(cancelled.state()).isEqualTo("CANCELLED");
    assertThat(cancelled.cancellationReason()).isEqualTo("Trop peu d'inscrits");
    assertThat(cancelled.isActive()).isFalse();
  }

  @Test
  void an_import_error_names_its_line_and_column_or_the_whole_file() {
    ImportErrorRow cell =
        ImportErrorRow.of(
            FieldError.of("line[3].hours", "error.import.integer", "dix"), Locale.ENGLISH);
    ImportErrorRow file =
        ImportErrorRow.of(FieldError.of("file", "error.import.no-lines"), Locale.FRENCH);

    assertThat(cell).isEqualTo(new ImportErrorRow(3, "hours", "Not a whole number: dix."));
    assertThat(file.line()).isNull();
    assertThat(file.column()).isEqualTo("file");
    assertThat(file.message()).startsWith("Le fichier");
  }

  @Test
  void the_export_file_is_named_as_the_rest_export_names_it() {
    assertThat(CatalogueCsv.fileName(MicroCertificationStatus.IN_REVIEW))
        .matches("unicamp-catalogue-in-review-[0-9]{4}-[0-9]{2}-[0-9]{2}\\.csv");
    assertThat(CatalogueCsv.fileName(null)).startsWith("unicamp-catalogue-all-");
  }

  private static SessionPlan plan() {
    return new SessionPlan(
        "2026-03",
        START,
        START.plusDays(42),
        START.minusDays(20),
        START.minusDays(1),
        25,
        SessionModality.BLENDED,
        List.of("Claire Dubois", "Karim Benali"),
        "https://moodle.example/course/view.php?id=42");
  }

  private static Session session(SessionPlan plan) {
    return Session.plan(
        new CertificationVersion(
            7L,
            UniversityCode.of("ULILLE"),
            MicroCertificationStatus.PUBLISHED,
            ParticipationForm.BLENDED),
        plan);
  }
}
