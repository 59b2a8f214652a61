package fr.unicamp.catalogue.application;

import fr.unicamp.catalogue.domain.microcertification.MicroCertification;
import fr.unicamp.catalogue.domain.microcertification.MicroCertificationFilter;
import fr.unicamp.catalogue.domain.microcertification.MicroCertificationRepository;
import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.university.UniversityCode;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Micro-certifications in a list, for service tests without a database. It sees every university
 * (no tenant criteria) and, like the identity column, numbers rows from 1 as they are added.
 */
class InMemoryMicroCertificationRepository implements MicroCertificationRepository {

  private final List<MicroCertification> rows = new ArrayList<>();
  private long lastId;

  @Override
  public Optional<MicroCertification> find(long id) {
    return rows.stream().filter(m -> m.id() == id).findFirst();
  }

  @Override
  public Optional<MicroCertification> findByCode(UniversityCode university, String code) {
    return rows.stream()
        .filter(m -> m.university().equals(university) && m.code().equals(code))
        .findFirst();
  }

  @Override
  public List<MicroCertification> pageAfter(Long afterId, int rowCount) {
    return rows.stream()
        .filter(m -> afterId == null || m.id() > afterId)
        .sorted(Comparator.comparing(MicroCertification::id))
        .limit(rowCount)
        .toList();
  }

  @Override
  public List<MicroCertification> pageAfter(
      MicroCertificationStatus status, Long afterId, int rowCount) {
    return pageAfter(afterId, Integer.MAX_VALUE).stream()
        .filter(m -> m.status() == status)
        .limit(rowCount)
        .toList();
  }

  @Override
  public Map<UniversityCode, Long> countByUniversity() {
    return rows.stream()
        .collect(Collectors.groupingBy(MicroCertification::university, Collectors.counting()));
  }

  @Override
  public void add(MicroCertification microCertification) {
    assignId(microCertification, ++lastId);
    rows.add(microCertification);
  }

  List<MicroCertification> all() {
    return List.copyOf(rows);
  }

  // the entity has no setter for its generated id, rightly; only the database (here, this fake)
  // assigns it
  private static void assignId(MicroCertification microCertification, long id) {
    try {
      Field field = MicroCertification.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(microCertification, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot number " + microCertification, e);
    }
  }

  @Override
  public void update(MicroCertification microCertification) {
    // rows are the objects themselves: nothing to write
  }

  @Override
  public List<MicroCertification> search(
      MicroCertificationFilter filter, Long afterId, int rowCount) {
    return pageAfter(afterId, Integer.MAX_VALUE).stream()
        .filter(m -> filter.status() == null || m.status() == filter.status())
        .filter(m -> filter.university() == null || m.university().equals(filter.university()))
        .filter(m -> filter.minHours() == null || m.hours() >= filter.minHours())
        .filter(m -> filter.maxHours() == null || m.hours() <= filter.maxHours())
        .filter(m -> filter.eqfLevel() == null || filter.eqfLevel().equals(m.annex().eqfLevel()))
        .filter(m -> filter.text() == null || containsText(m, filter.text()))
        .limit(rowCount)
        .toList();
  }

  private static boolean containsText(MicroCertification m, String text) {
    String wanted = text.toLowerCase(Locale.ROOT);
    return Stream.of(m.code(), m.titleFr(), m.titleEn())
        .anyMatch(t -> t != null && t.toLowerCase(Locale.ROOT).contains(wanted));
  }
}
