package fr.unicamp.catalogue.application;

import fr.unicamp.common.application.AuditLog;
import fr.unicamp.common.application.CurrentActor;
import fr.unicamp.common.application.Universities;
import fr.unicamp.common.application.UniversityRegistry;
import fr.unicamp.common.domain.audit.AuditChange;
import fr.unicamp.common.domain.audit.AuditEvent;
import fr.unicamp.common.domain.security.Actor;
import fr.unicamp.common.domain.university.University;
import fr.unicamp.common.domain.university.UniversityCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the service needs from the container, as plain objects: no CDI, no transaction. */
final class ServiceFakes {

  private ServiceFakes() {}

  /** One audited change and the university it was recorded under. */
  record Recorded(UniversityCode university, AuditChange change) {}

  /**
   * Keeps what the service audits, in order, instead of writing it (the real log needs a
   * transaction).
   */
  static final class Audits extends AuditLog {
    final List<Recorded> recorded = new ArrayList<>();
    final List<AuditChange> changes = new ArrayList<>();

    @Override
    public AuditEvent record(UniversityCode university, AuditChange change) {
      recorded.add(new Recorded(university, change));
      changes.add(change);
      return new AuditEvent(Instant.EPOCH, "test", university, change);
    }

    List<String> actions() {
      return changes.stream().map(AuditChange::action).toList();
    }
  }

  /** Whoever the test says is acting. */
  static final class Acting extends CurrentActor {
    Actor actor = Actor.system("test");

    @Override
    public Actor get() {
      return actor;
    }
  }

  /** The consortium as a fixed set of codes, for the table and the configuration alike. */
  static final class Consortium extends Universities {
    private final Set<UniversityCode> codes;

    Consortium(Set<UniversityCode> codes) {
      this.codes = codes;
    }

    @Override
    public Optional<University> find(UniversityCode code) {
      return codes.contains(code)
          ? Optional.of(new University(code, code.value(), null))
          : Optional.empty();
    }

    UniversityRegistry registry() {
      return new UniversityRegistry() {
        @Override
        public List<UniversityCode> configuredCodes() {
          return List.copyOf(codes);
        }
      };
    }
  }
}
