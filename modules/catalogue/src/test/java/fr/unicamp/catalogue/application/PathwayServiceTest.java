package fr.unicamp.catalogue.application;

import static fr.unicamp.catalogue.domain.PublishedMicroCertifications.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.pathway.MemberChoice;
import fr.unicamp.catalogue.domain.pathway.PathwayDesign;
import fr.unicamp.catalogue.domain.pathway.PathwayEntry;
import fr.unicamp.catalogue.domain.pathway.PathwayKind;
import fr.unicamp.catalogue.domain.pathway.PathwayStatus;
import fr.unicamp.common.application.AuditLog;
import fr.unicamp.common.application.CurrentActor;
import fr.unicamp.common.application.Universities;
import fr.unicamp.common.domain.audit.AuditChange;
import fr.unicamp.common.domain.audit.AuditEvent;
import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.ForbiddenException;
import fr.unicamp.common.domain.error.NotFoundException;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.security.Actor;
import fr.unicamp.common.domain.security.Role;
import fr.unicamp.common.domain.university.University;
import fr.unicamp.common.domain.university.UniversityCode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pathway use cases on in-memory repositories: roles, tenancy, audit, nothing saved. */
class PathwayServiceTest {

  private static final UniversityCode ULILLE = UniversityCode.of("ULILLE");
  private static final UniversityCode URENNES = UniversityCode.of("URENNES");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-31T10:00:00Z"), ZoneId.of("Europe/Paris"));

  private final InMemoryPathwayRepository pathways = new InMemoryPathwayRepository();
  private final InMemoryMicroCertificationRepository catalogue =
      new InMemoryMicroCertificationRepository();
  private final List<AuditChange> audited = new ArrayList<>();
  private final PathwayService service = new PathwayService();
  private Actor actor = Actor.user("staff.ulille", Role.UNIVERSITY_STAFF, ULILLE);

  @BeforeEach
  void wire() {
    service.pathways = pathways;
    service.microCertifications = catalogue;
    service.clock = CLOCK;
    service.audit =
        new AuditLog() {
          @Override
          public AuditEvent record(UniversityCode university, AuditChange change) {
            audited.add(change);
            return new AuditEvent(Instant.EPOCH, actor.name(), university, change);
          }
        };
    service.universities =
        new Universities() {
          @Override
          public Optional<University> find(UniversityCode code) {
            return Set.of(ULILLE, URENNES).contains(code)
                ? Optional.of(new University(code, code.value(), null))
                : Optional.empty();
          }
        };
    service.currentActor =
        new CurrentActor() {
          @Override
          public Actor get() {
            return actor;
          }
        };
    pathways.seenBy(p -> actor.tenant().covers(p.university()));
  }

  private long publish(UniversityCode university, int hours) {
    MicroCertification m =
        published(university, "MC-" + (catalogue.all().size() + 1), hours, CLOCK);
    catalogue.add(m);
    return m.id();
  }

  private static PathwayDesign bloc(UniversityCode university, long... members) {
    List<MemberChoice> choices = new ArrayList<>();
    for (long id : members) {
      choices.add(new MemberChoice(id, true));
    }
    return new PathwayDesign(university, "BLOC", "Bloc données", "Data bloc", null, choices);
  }

  @Test
  void designs_a_draft_from_published_entries_of_two_universities_and_audits_it() {
    long lille = publish(ULILLE, 30);
    long rennes = publish(URENNES, 12);

    PathwayEntry p = service.design(bloc(ULILLE, lille, rennes));

    assertThat(pathways.all()).containsExactly(p);
    assertThat(p.status()).isEqualTo(PathwayStatus.DRAFT);
    assertThat(p.hours().requiredHours()).isEqualTo(42);
    assertThat(audited)
        .containsExactly(
            new AuditChange("pathway.create", "Pathway", p.id().toString(), null, p.toString()));
  }

  @Test
  void refuses_a_member_still_in_draft_and_saves_nothing() {
    MicroCertification draft = MicroCertification.draft(ULILLE, "MC-D", "Brouillon", null, 20);
    catalogue.add(draft);
    long published = publish(URENNES, 30);

    var error =
        catchThrowableOfType(
            RuleViolationException.class,
            () -> service.design(bloc(ULILLE, published, draft.id())));

    assertThat(error.fieldErrors())
        .containsExactly(
            FieldError.of("members[1]", "error.pathway.member.not-published", "MC-D", "DRAFT"));
    assertThat(pathways.all()).isEmpty();
    assertThat(audited).isEmpty();
  }

  @Test
  void staff_cannot_design_for_another_or_an_unknown_university() {
    long member = publish(URENNES, 30);

    var foreign =
        catchThrowableOfType(NotFoundException.class, () -> service.design(bloc(URENNES, member)));
    var unknown =
        catchThrowableOfType(
            NotFoundException.class,
            () -> service.design(bloc(UniversityCode.of("UNOWHERE"), member)));

    assertThat(foreign.arguments()).containsExactly("University", "URENNES");
    assertThat(unknown.arguments()).containsExactly("University", "UNOWHERE");
    assertThat(pathways.all()).isEmpty();
    assertThat(audited).isEmpty();
  }

  @Test
  void finance_and_auditors_read_but_design_nothing() {
    long member = publish(ULILLE, 30);
    PathwayEntry p = service.design(bloc(ULILLE, member));
    audited.clear();

    actor = Actor.user("finance", Role.FINANCE, ULILLE);
    assertThat(service.get(p.id())).isSameAs(p);
    var finance =
        catchThrowableOfType(ForbiddenException.class, () -> service.design(bloc(ULILLE, member)));
    var financeActivates =
        catchThrowableOfType(ForbiddenException.class, () -> service.activate(p.id()));
    actor = Actor.user("auditor", Role.AUDITOR, ULILLE);
    var auditor = catchThrowableOfType(ForbiddenException.class, () -> service.delete(p.id()));

    assertThat(finance.messageKey()).isEqualTo("error.pathway.role");
    assertThat(financeActivates.messageKey()).isEqualTo("error.pathway.role");
    assertThat(auditor.messageKey()).isEqualTo("error.read-only");
    assertThat(pathways.all()).containsExactly(p);
    assertThat(audited).isEmpty();
  }

  @Test
  void another_universitys_pathway_is_not_found() {
    PathwayEntry p = service.design(bloc(ULILLE, publish(ULILLE, 30)));

    actor = Actor.user("staff.urennes", Role.UNIVERSITY_STAFF, URENNES);

    assertThat(catchThrowableOfType(NotFoundException.class, () -> service.get(p.id())))
        .isNotNull();
    assertThat(catchThrowableOfType(NotFoundException.class, () -> service.close(p.id())))
        .isNotNull();
    assertThat(service.list(null, null, null, 10)).isEmpty();
    actor = Actor.user("admin", Role.CONSORTIUM_ADMIN, URENNES);
    assertThat(service.list(PathwayKind.BLOC, null, null, 10)).containsExactly(p);
    assertThat(service.list(PathwayKind.DIU, null, null, 10)).isEmpty();
  }

  @Test
  void activates_once_the_band_holds_then_closes_and_audits_each_step() {
    PathwayEntry p = service.design(bloc(ULILLE, publish(ULILLE, 30)));

    var tooShort =
        catchThrowableOfType(RuleViolationException.class, () -> service.activate(p.id()));
    assertThat(tooShort.fieldErrors())
        .containsExactly(FieldError.of("members", "error.pathway.hours-band.min", 30, "BLOC", 50));
    assertThat(p.status()).isEqualTo(PathwayStatus.DRAFT);

    long more = publish(URENNES, 25);
    service.redesign(p.id(), bloc(null, p.members().get(0).microCertificationId(), more));
    service.activate(p.id());
    service.close(p.id());

    assertThat(p.status()).isEqualTo(PathwayStatus.CLOSED);
    assertThat(audited)
        .extracting(AuditChange::action)
        .containsExactly("pathway.create", "pathway.update", "pathway.activate", "pathway.close");
    assertThat(audited.get(2).before()).contains("DRAFT", "55 h required");
    assertThat(audited.get(2).after()).contains("ACTIVE");
  }

  @Test
  void deletes_a_draft_but_only_closes_an_active_pathway() {
    PathwayEntry draft = service.design(bloc(ULILLE, publish(ULILLE, 30)));
    PathwayEntry active = service.design(bloc(ULILLE, publish(ULILLE, 30), publish(ULILLE, 20)));
    service.activate(active.id());

    service.delete(draft.id());
    var refused =
        catchThrowableOfType(RuleViolationException.class, () -> service.delete(active.id()));

    assertThat(pathways.all()).containsExactly(active);
    assertThat(refused.fieldErrors())
        .containsExactly(FieldError.of("status", "error.pathway.transition", "ACTIVE", "DELETE"));
    assertThat(audited).extracting(AuditChange::action).contains("pathway.delete");
  }

  @Test
  void tells_which_members_are_still_published() {
    long kept = publish(ULILLE, 30);
    long retired = publish(ULILLE, 20);
    PathwayEntry p = service.design(bloc(ULILLE, kept, retired));

    catalogue.find(retired).orElseThrow().retire("Remplacée", CLOCK);

    assertThat(service.stillPublished(p)).containsExactly(kept);
    assertThat(
            catchThrowableOfType(RuleViolationException.class, () -> service.activate(p.id()))
                .fieldErrors())
        .extracting(FieldError::field)
        .contains("members[1]");
  }

  @Test
  void hands_active_pathways_to_stacking_with_their_members_across_universities() {
    long lille = publish(ULILLE, 30);
    long rennes = publish(URENNES, 20);
    PathwayEntry active = service.design(bloc(ULILLE, lille, rennes));
    service.activate(active.id());
    service.design(bloc(ULILLE, lille));

    List<ActivePathway> stacks = service.active(null, 10);

    assertThat(stacks).extracting(ActivePathway::id).containsExactly(active.id());
    assertThat(stacks.get(0).definition().members())
        .extracting(m -> m.microCertification().id(), m -> m.microCertification().university())
        .containsExactly(tuple(lille, ULILLE), tuple(rennes, URENNES));
    assertThat(stacks.get(0).definition().hours().requiredHours()).isEqualTo(50);
  }
}
