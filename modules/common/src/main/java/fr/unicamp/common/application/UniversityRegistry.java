package fr.unicamp.common.application;

import fr.unicamp.common.domain.audit.AuditChange;
import fr.unicamp.common.domain.university.University;
import fr.unicamp.common.domain.university.UniversityCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * Keeps the university table in line with the configuration ({@code unicamp.universities} and
 * {@code unicamp.university.<CODE>.*}). A university is never deleted: its rows and certificates
 * outlive a change of configuration.
 */
@ApplicationScoped
public class UniversityRegistry {

  @Inject EntityManager em;
  @Inject Config config;
  @Inject AuditLog audit;

  /** Inserts new universities and renames changed ones; returns how many rows changed. */
  @Transactional
  public int syncFromConfiguration() {
    int changed = 0;
    for (UniversityCode code : configuredCodes()) {
      String prefix = "unicamp.university." + code.value() + ".";
      String name = config.getValue(prefix + "name", String.class);
      String city = config.getOptionalValue(prefix + "city", String.class).orElse(null);
      University existing = em.find(University.class, code.value());
      if (existing == null) {
        em.persist(new University(code, name, city));
        em.flush(); // the audit event below references the new row
        audit.record(
            code, new AuditChange("university.add", "University", code.value(), null, name));
        changed++;
      } else {
        String before = existing.name();
        if (existing.rename(name, city)) {
          audit.record(
              code, new AuditChange("university.rename", "University", code.value(), before, name));
          changed++;
        }
      }
    }
    return changed;
  }

  public List<UniversityCode> configuredCodes() {
    return config.getValues("unicamp.universities", String.class).stream()
        .map(String::strip)
        .map(UniversityCode::of)
        .toList();
  }
}
