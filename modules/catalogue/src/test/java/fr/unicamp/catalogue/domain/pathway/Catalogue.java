package fr.unicamp.catalogue.domain.pathway;

import fr.unicamp.catalogue.domain.workflow.MicroCertificationStatus;
import fr.unicamp.common.domain.university.UniversityCode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/** Micro-certifications as a pathway designer may read them, for the stored-pathway tests. */
final class Catalogue implements LongFunction<Optional<MemberFacts>> {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-31T22:30:00Z"), ZoneId.of("UTC"));

  private final Map<Long, MemberFacts> entries = new HashMap<>();
  private long lastId = 100;

  MemberFacts published(UniversityCode university, int hours) {
    return add(university, hours, MicroCertificationStatus.PUBLISHED);
  }

  MemberFacts add(UniversityCode university, int hours, MicroCertificationStatus status) {
    long id = ++lastId;
    MemberFacts facts =
        new MemberFacts(id, university, "MC-" + id, "Titre " + id, null, hours, status);
    entries.put(id, facts);
    return facts;
  }

  /** The entry as it is now with another status (retired since, for instance). */
  void restate(MemberFacts facts, MicroCertificationStatus status) {
    entries.put(
        facts.id(),
        new MemberFacts(
            facts.id(),
            facts.university(),
            facts.code(),
            facts.titleFr(),
            facts.titleEn(),
            facts.hours(),
            status));
  }

  /** Published entries, all required, of the given hours each. */
  List<MemberChoice> publishedRequired(UniversityCode university, int... hours) {
    List<MemberChoice> choices = new ArrayList<>();
    for (int h : hours) {
      choices.add(new MemberChoice(published(university, h).id(), true));
    }
    return choices;
  }

  @Override
  public Optional<MemberFacts> apply(long id) {
    return Optional.ofNullable(entries.get(id));
  }

  static PathwayDesign design(String kind, List<MemberChoice> members) {
    return new PathwayDesign(Members.ULILLE, kind, "Bloc données", "Data bloc", null, members);
  }
}
