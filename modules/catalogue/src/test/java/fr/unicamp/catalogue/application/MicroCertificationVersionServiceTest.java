package fr.unicamp.catalogue.application;

import static fr.unicamp.catalogue.domain.VersionFixtures.CFVU;
import static fr.unicamp.catalogue.domain.VersionFixtures.REVIEW;
import static fr.unicamp.catalogue.domain.VersionFixtures.ULILLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.catalogue.domain.VersionFixtures;
import fr.unicamp.catalogue.domain.microcertification.AnnexElements;
import fr.unicamp.catalogue.domain.microcertification.Authorship;
import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.audit.AuditChange;
import fr.unicamp.common.domain.error.ConflictException;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.ForbiddenException;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.security.Actor;
import fr.unicamp.common.domain.security.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Versions through the service: what is copied, kept, refused, retired and audited. */
class MicroCertificationVersionServiceTest {

  private final InMemoryMicroCertificationRepository repository =
      new InMemoryMicroCertificationRepository();
  private final ServiceFakes.Audits audit = new ServiceFakes.Audits();
  private final ServiceFakes.Acting acting = new ServiceFakes.Acting();
  private final MicroCertificationService service = new MicroCertificationService();

  @BeforeEach
  void wire() {
    ServiceFakes.Consortium consortium = new ServiceFakes.Consortium(VersionFixtures.CONSORTIUM);
    service.microCertifications = repository;
    service.audit = audit;
    service.universities = consortium;
    service.registry = consortium.registry();
    service.currentActor = acting;
    service.clock = VersionFixtures.CLOCK;
    acting.actor = Actor.user("staff.ulille", Role.UNIVERSITY_STAFF, ULILLE);
  }

  /** A complete draft taken to {@code status} through the service, as staff do. */
  private MicroCertification through(MicroCertificationStatus status) {
    MicroCertification m =
        service.draft(new NewMicroCertification(ULILLE, "MC-01", "Analyser", null, 18));
    return completeAndWalk(m.id(), status);
  }

  private MicroCertification completeAndWalk(long id, MicroCertificationStatus status) {
    service.describe(id, VersionFixtures.everyElement(), VersionFixtures.authorship());
    service.defineCompetencies(id, VersionFixtures.competencies());
    service.planSustainability(id, VersionFixtures.plan());
    return walk(id, status);
  }

  private MicroCertification walk(long id, MicroCertificationStatus status) {
    if (status.compareTo(MicroCertificationStatus.IN_REVIEW) >= 0) {
      service.submitForReview(id);
    }
    if (status.compareTo(MicroCertificationStatus.APPROVED) >= 0) {
      service.approve(id, REVIEW);
    }
    if (status.compareTo(MicroCertificationStatus.PUBLISHED) >= 0) {
      service.publish(id, CFVU);
    }
    return service.get(id);
  }

  @Test
  void drafts_the_next_version_as_a_new_row_copying_everything_and_audits_it() {
    MicroCertification v1 = through(MicroCertificationStatus.PUBLISHED);
    String published = v1.toString();

    MicroCertification v2 = service.draftNewVersion(v1.id());

    assertThat(repository.all()).containsExactly(v1, v2);
    assertThat(v2.id()).isNotEqualTo(v1.id());
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.previousVersionId()).contains(v1.id());
    assertThat(v2.status()).isEqualTo(MicroCertificationStatus.DRAFT);
    assertThat(v2.annex()).isEqualTo(v1.annex()).isEqualTo(VersionFixtures.everyElement());
    assertThat(v2.authorship()).isEqualTo(VersionFixtures.authorship());
    assertThat(v2.competencies()).isEqualTo(VersionFixtures.competencies());
    assertThat(v2.sustainabilityPlan()).contains(VersionFixtures.plan());
    assertThat(audit.changes.get(audit.changes.size() - 1))
        .isEqualTo(
            new AuditChange(
                "micro-certification.new-version",
                "MicroCertification",
                v2.id().toString(),
                published,
                "MC-01 v2 (ULILLE, 18 h, DRAFT)"));
    assertThat(service.versions(v1.id())).containsExactly(v1, v2);
    assertThat(service.versions(v2.id())).containsExactly(v1, v2);
  }

  @Test
  void the_published_row_that_enrolments_reference_keeps_its_id_and_content() {
    MicroCertification v1 = through(MicroCertificationStatus.PUBLISHED);
    long enrolledOn = v1.id();

    MicroCertification v2 = service.draftNewVersion(enrolledOn);
    service.describe(
        v2.id(), VersionFixtures.everyElement(), new Authorship(null, null, null, "Autre"));
    service.defineCompetencies(v2.id(), List.of(VersionFixtures.competencies().get(0)));

    MicroCertification still = service.get(enrolledOn);
    assertThat(still.status()).isEqualTo(MicroCertificationStatus.PUBLISHED);
    assertThat(still.version()).isEqualTo(1);
    assertThat(still.authorship()).isEqualTo(VersionFixtures.authorship());
    assertThat(still.competencies()).isEqualTo(VersionFixtures.competencies());
    assertThat(service.get(v2.id()).authorship().brand()).isEqualTo("Autre");
  }

  @Test
  void refuses_a_second_open_version_and_adds_nothing() {
    MicroCertification v1 = through(MicroCertificationStatus.PUBLISHED);
    service.draftNewVersion(v1.id());
    int audited = audit.changes.size();

    var error =
        catchThrowableOfType(ConflictException.class, () -> service.draftNewVersion(v1.id()));

    assertThat(error.messageKey()).isEqualTo("error.version.open");
    assertThat(error.arguments()).containsExactly("MC-01", 2, "DRAFT");
    assertThat(repository.all()).hasSize(2);
    assertThat(audit.changes).hasSize(audited);
  }

  @Test
  void publishing_version_two_retires_version_one_as_superseded_and_audits_both() {
    MicroCertification v1 = through(MicroCertificationStatus.PUBLISHED);
    MicroCertification v2 = service.draftNewVersion(v1.id());
    int audited = audit.changes.size();

    walk(v2.id(), MicroCertificationStatus.PUBLISHED);

    assertThat(service.get(v2.id()).status()).isEqualTo(MicroCertificationStatus.PUBLISHED);
    assertThat(service.get(v1.id()).status()).isEqualTo(MicroCertificationStatus.RETIRED);
    assertThat(service.get(v1.id()).workflow().retirementReason())
        .isEqualTo("superseded by version 2");
    List<AuditChange> last = audit.changes.subList(audited, audit.changes.size());
    assertThat(last)
        .extracting(AuditChange::action)
        .containsExactly(
            "micro-certification.submit",
            "micro-certification.approve",
            "micro-certification.publish",
            "micro-certification.retire");
    assertThat(last.get(3).objectId()).isEqualTo(v1.id().toString());
    assertThat(last.get(3).after()).contains("RETIRED", "superseded by version 2");
    assertThat(service.draftNewVersion(v2.id()).version()).isEqualTo(3);
  }

  @Test
  void an_older_version_is_not_published_over_a_newer_published_one() {
    MicroCertification v1 = through(MicroCertificationStatus.APPROVED);
    MicroCertification v2 = service.draftNewVersion(v1.id());
    completeAndWalk(v2.id(), MicroCertificationStatus.PUBLISHED);

    var error = catchThrowableOfType(ConflictException.class, () -> service.publish(v1.id(), CFVU));

    assertThat(error.messageKey()).isEqualTo("error.version.newer-published");
    assertThat(service.get(v1.id()).status()).isEqualTo(MicroCertificationStatus.APPROVED);
    assertThat(service.get(v2.id()).status()).isEqualTo(MicroCertificationStatus.PUBLISHED);
  }

  @Test
  void finance_and_auditors_may_not_draft_a_version_and_nothing_is_added() {
    MicroCertification v1 = through(MicroCertificationStatus.PUBLISHED);

    acting.actor = Actor.user("finance", Role.FINANCE, ULILLE);
    assertThat(
            catchThrowableOfType(ForbiddenException.class, () -> service.draftNewVersion(v1.id())))
        .extracting(ForbiddenException::messageKey)
        .isEqualTo("error.workflow.role");
    acting.actor = Actor.user("auditor", Role.AUDITOR, ULILLE);
    assertThat(
            catchThrowableOfType(ForbiddenException.class, () -> service.draftNewVersion(v1.id())))
        .extracting(ForbiddenException::messageKey)
        .isEqualTo("error.read-only");

    assertThat(repository.all()).containsExactly(v1);
  }

  @Test
  void a_draft_is_edited_not_versioned() {
    MicroCertification draft = through(MicroCertificationStatus.DRAFT);

    var error =
        catchThrowableOfType(
            RuleViolationException.class, () -> service.draftNewVersion(draft.id()));

    assertThat(error.fieldErrors())
        .containsExactly(FieldError.of("status", "error.version.not-frozen", "DRAFT"));
    assertThat(repository.all()).containsExactly(draft);
  }

  @Test
  void checks_co_producers_against_the_configured_consortium_and_keeps_the_old_values() {
    MicroCertification m = through(MicroCertificationStatus.DRAFT);

    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () ->
                service.describe(
                    m.id(),
                    VersionFixtures.everyElement(),
                    new Authorship(List.of("UTLN"), null, null, null)));

    assertThat(error.fieldErrors())
        .containsExactly(FieldError.of("coProducers[0]", "error.co-producer.unknown", "UTLN"));
    assertThat(service.get(m.id()).authorship()).isEqualTo(VersionFixtures.authorship());
  }

  @Test
  void lists_the_co_producer_rules_that_need_the_stored_row_without_changing_it() {
    MicroCertification m = through(MicroCertificationStatus.DRAFT);

    var errors =
        service.coProducerViolations(
            m.id(), new Authorship(List.of("ULILLE", "UTLN", "bad", "URENNES"), null, null, null));

    assertThat(errors)
        .containsExactly(
            FieldError.of("coProducers[0]", "error.co-producer.awarding", "ULILLE"),
            FieldError.of("coProducers[1]", "error.co-producer.unknown", "UTLN"));
    assertThat(service.get(m.id()).authorship()).isEqualTo(VersionFixtures.authorship());
  }

  @Test
  void an_annex_edit_that_predates_the_later_elements_keeps_them_and_the_authorship() {
    MicroCertification m = through(MicroCertificationStatus.DRAFT);

    service.describe(m.id(), VersionFixtures.everyElement());
    service.describe(
        m.id(),
        new AnnexElements(
            "FR", null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null));

    MicroCertification after = service.get(m.id());
    assertThat(after.annex().gradeScheme()).isEqualTo("Acquis / non acquis");
    assertThat(after.annex().integrationStackability()).isNotNull();
    assertThat(after.annex().ects()).as("the others are replaced").isNull();
    assertThat(after.authorship()).isEqualTo(VersionFixtures.authorship());
  }
}
