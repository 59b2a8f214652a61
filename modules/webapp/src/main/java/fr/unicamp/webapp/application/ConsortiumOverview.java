package fr.unicamp.webapp.application;

import fr.unicamp.catalogue.application.MicroCertificationService;
import fr.unicamp.common.application.CurrentActor;
import fr.unicamp.common.application.Universities;
import fr.unicamp.common.domain.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * The universities the caller may see with their counts from the database: all of them for the
 * consortium roles, only their own for university staff.
 */
@ApplicationScoped
public class ConsortiumOverview {

  @Inject Universities universities;
  @Inject MicroCertificationService microCertifications;
  @Inject CurrentActor currentActor;

  @Transactional
  public List<UniversityRow> rows() {
    Tenant tenant = currentActor.get().tenant();
    Map<String, Long> counts = microCertifications.countByUniversity();
    return universities.all().stream()
        .filter(u -> tenant.covers(u.code()))
        .map(
            u ->
                new UniversityRow(
                    u.code().value(),
                    u.name(),
                    u.city().orElse(null),
                    counts.getOrDefault(u.code().value(), 0L)))
        .toList();
  }
}
