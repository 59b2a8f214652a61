package fr.unicamp.enrolment.application;

import fr.unicamp.common.application.AuditLog;
import fr.unicamp.common.domain.audit.AuditChange;
import fr.unicamp.common.domain.audit.AuditEvent;
import fr.unicamp.common.domain.university.UniversityCode;
import java.util.ArrayList;
import java.util.List;

/** Keeps audited changes in a list instead of the database. */
class RecordingAuditLog extends AuditLog {

  final List<AuditChange> recorded = new ArrayList<>();

  @Override
  public AuditEvent record(UniversityCode university, AuditChange change) {
    recorded.add(change);
    return null;
  }

  List<String> actions() {
    return recorded.stream().map(AuditChange::action).toList();
  }
}
