package fr.unicamp.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.common.domain.audit.AuditChange;
import fr.unicamp.common.domain.error.ConflictException;
import fr.unicamp.common.domain.error.NotFoundException;
import fr.unicamp.common.domain.university.UniversityCode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service's rules, on an in-memory repository: no container, no database. */
class MicroCertificationServiceTest {

  private static final UniversityCode ULILLE = UniversityCode.of("ULILLE");
  private static final UniversityCode UNISTRA = UniversityCode.of("UNISTRA");
  private static final UniversityCode UNKNOWN = UniversityCode.of("UNOWHERE");

  private final InMemoryMicroCertificationRepository repository =
      new InMemoryMicroCertificationRepository();
  private final ServiceFakes.Audits audit = new ServiceFakes.Audits();
  private final MicroCertificationService service = new MicroCertificationService();

  @BeforeEach
  void wire() {
    service.microCertifications = repository;
    service.audit = audit;
    service.universities = new ServiceFakes.Consortium(Set.of(ULILLE, UNISTRA));
  }

  @Test
  void drafts_a_micro_certification_and_audits_it_under_its_id() {
    MicroCertification created = service.draft(request(ULILLE, "MC-01"));

    assertThat(repository.all()).containsExactly(created);
    assertThat(created.id()).isNotNull();
    assertThat(audit.recorded)
        .containsExactly(
            new ServiceFakes.Recorded(
                ULILLE,
                new AuditChange(
                    "micro-certification.draft",
                    "MicroCertification",
                    created.id().toString(),
                    null,
                    created.toString())));
  }

  @Test
  void rejects_a_duplicate_code_in_the_same_university_and_adds_nothing() {
    MicroCertification first = service.draft(request(ULILLE, "MC-01"));

    var error =
        catchThrowableOfType(
            ConflictException.class, () -> service.draft(request(ULILLE, "MC-01")));

    assertThat(error.messageKey()).isEqualTo("error.micro-certification.duplicate-code");
    assertThat(error.arguments()).containsExactly("MC-01");
    assertThat(repository.all()).containsExactly(first);
    assertThat(audit.recorded).hasSize(1);
  }

  @Test
  void accepts_the_same_code_in_another_university() {
    MicroCertification lille = service.draft(request(ULILLE, "MC-01"));
    MicroCertification strasbourg = service.draft(request(UNISTRA, "MC-01"));

    assertThat(strasbourg.university()).isEqualTo(UNISTRA);
    assertThat(strasbourg.id()).isNotEqualTo(lille.id());
    assertThat(repository.all()).containsExactly(lille, strasbourg);
    assertThat(audit.recorded)
        .extracting(ServiceFakes.Recorded::university)
        .containsExactly(ULILLE, UNISTRA);
  }

  @Test
  void rejects_a_university_outside_the_consortium_and_adds_nothing() {
    var error =
        catchThrowableOfType(
            NotFoundException.class, () -> service.draft(request(UNKNOWN, "MC-01")));

    assertThat(error.arguments()).containsExactly("University", "UNOWHERE");
    assertThat(repository.all()).isEmpty();
    assertThat(audit.recorded).isEmpty();
  }

  @Test
  void reports_an_unknown_id_as_not_found() {
    service.draft(request(ULILLE, "MC-01"));

    var error = catchThrowableOfType(NotFoundException.class, () -> service.get(999));

    assertThat(error.arguments()).containsExactly("MicroCertification", "999");
  }

  @Test
  void lists_one_row_more_than_the_limit_after_the_cursor() {
    List<Long> ids =
        IntStream.rangeClosed(1, 5)
            .mapToObj(i -> service.draft(request(ULILLE, "MC-0" + i)).id())
            .toList();

    assertThat(service.list(null, 2))
        .extracting(MicroCertification::id)
        .isEqualTo(ids.subList(0, 3));
    assertThat(service.list(ids.get(1), 2))
        .extracting(MicroCertification::id)
        .isEqualTo(ids.subList(2, 5));
  }

  @Test
  void counts_per_university_code() {
    service.draft(request(ULILLE, "MC-01"));
    service.draft(request(ULILLE, "MC-02"));
    service.draft(request(UNISTRA, "MC-01"));

    assertThat(service.countByUniversity()).isEqualTo(Map.of("ULILLE", 2L, "UNISTRA", 1L));
  }

  private static NewMicroCertification request(UniversityCode university, String code) {
    return new NewMicroCertification(university, code, "Titre", null, 12);
  }
}
