package fr.unicamp.catalogue.domain.pathway;

import fr.unicamp.common.domain.university.UniversityCode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Members of given hours with fresh ids, for the pathway tests. */
final class Members {

  static final UniversityCode ULILLE = UniversityCode.of("ULILLE");
  static final UniversityCode UNISTRA = UniversityCode.of("UNISTRA");

  private static final AtomicLong IDS = new AtomicLong();

  private Members() {}

  static MicroCertificationRef ref(int hours) {
    return new MicroCertificationRef(IDS.incrementAndGet(), ULILLE, hours);
  }

  /** Required members totalling {@code total} hours, split evenly into courses of 7 to 30 h. */
  static List<PathwayMember> requiredTotalling(int total) {
    return totalling(total, true);
  }

  static List<PathwayMember> optionalTotalling(int total) {
    return totalling(total, false);
  }

  private static List<PathwayMember> totalling(int total, boolean required) {
    int courses = (total + 29) / 30;
    List<PathwayMember> members = new ArrayList<>();
    for (int i = 0; i < courses; i++) {
      int hours = total / courses + (i < total % courses ? 1 : 0);
      members.add(new PathwayMember(ref(hours), required));
    }
    return members;
  }
}
