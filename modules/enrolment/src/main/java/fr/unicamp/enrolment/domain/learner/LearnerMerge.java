package fr.unicamp.enrolment.domain.learner;

import fr.unicamp.common.domain.error.FieldError;
import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.error.Rules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Merges two records of one person. The survivor's values win; a field the survivor lacks (usage
 * name, phone, address, INE) is filled from the absorbed record; for each consent the more recent
 * answer wins, being the learner's current will. Records that contradict each other on identity
 * (two different INEs, two birth dates) are refused: they may be two people, and staff correct one
 * record first. The absorbed record is kept, marked as merged into the survivor.
 *
 * <p>Enrolments are another aggregate: the service moves the absorbed record's enrolments to the
 * survivor ({@code fr.unicamp.enrolment.domain.enrolment.EnrolmentTransfer}) in the same
 * transaction, and audits the {@link Result}.
 */
public final class LearnerMerge {

  private static final Map<String, Function<LearnerDetails, Object>> FIELDS = fields();

  private LearnerMerge() {}

  /** What a merge changed, for the audit trail: the survivor's fields before and after. */
  public record Result(LearnerId survivor, LearnerId absorbed, List<FieldChange> changes) {

    public Result {
      changes = List.copyOf(changes);
    }
  }

  /** Merges {@code absorbed} into {@code survivor}; refused with every reason it cannot be. */
  public static Result merge(Learner survivor, Learner absorbed) {
    List<FieldError> refusals = refusals(survivor, absorbed);
    if (!refusals.isEmpty()) {
      throw new RuleViolationException(refusals);
    }
    LearnerDetails s = survivor.details();
    LearnerDetails a = absorbed.details();
    LearnerDetails merged =
        new LearnerDetails(
            s.civility(),
            s.familyName(),
            first(s.usageName(), a.usageName()),
            s.givenNames(),
            s.birthDate(),
            first(s.birthPlace(), a.birthPlace()),
            first(s.nationality(), a.nationality()),
            s.email(),
            first(s.phone(), a.phone()),
            first(s.address(), a.address()),
            first(s.ine(), a.ine()));
    List<FieldChange> changes = new ArrayList<>();
    FIELDS.forEach(
        (name, get) -> {
          Object before = get.apply(s);
          Object after = get.apply(merged);
          if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(name, text(before), text(after)));
          }
        });
    Map<ConsentKind, Consent> consents = new EnumMap<>(ConsentKind.class);
    for (ConsentKind kind : ConsentKind.values()) {
      Consent before = survivor.consent(kind).orElse(null);
      Consent after = Consent.latest(before, absorbed.consent(kind).orElse(null));
      if (after != null) {
        consents.put(kind, after);
      }
      if (!Objects.equals(before, after)) {
        changes.add(new FieldChange("consents." + kind.name(), text(before), text(after)));
      }
    }
    survivor.takeOver(merged, consents);
    absorbed.markMergedInto(survivor.learnerId());
    return new Result(survivor.learnerId(), absorbed.learnerId(), changes);
  }

  /** Every reason the two records cannot be merged; empty when they can. */
  public static List<FieldError> refusals(Learner survivor, Learner absorbed) {
    LearnerDetails s = survivor.details();
    LearnerDetails a = absorbed.details();
    return new Rules()
        .require(
            !Objects.equals(survivor.id(), absorbed.id()), "absorbed", "error.learner.merge.same")
        .require(
            survivor.university().equals(absorbed.university()),
            "absorbed",
            "error.learner.merge.university")
        .require(!survivor.isMerged(), "survivor", "error.learner.merged-already")
        .require(!absorbed.isMerged(), "absorbed", "error.learner.merged-already")
        .require(
            s.ine() == null || a.ine() == null || s.ine().equals(a.ine()),
            "ine",
            "error.learner.merge.ine-conflict",
            String.valueOf(s.ine()),
            String.valueOf(a.ine()))
        .require(
            Objects.equals(s.birthDate(), a.birthDate()),
            "birthDate",
            "error.learner.merge.birth-date-conflict",
            String.valueOf(s.birthDate()),
            String.valueOf(a.birthDate()))
        .errors();
  }

  private static <T> T first(T preferred, T fallback) {
    return preferred != null ? preferred : fallback;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static Map<String, Function<LearnerDetails, Object>> fields() {
    Map<String, Function<LearnerDetails, Object>> fields = new LinkedHashMap<>();
    fields.put("usageName", LearnerDetails::usageName);
    fields.put("birthPlace", LearnerDetails::birthPlace);
    fields.put("nationality", LearnerDetails::nationality);
    fields.put("phone", LearnerDetails::phone);
    fields.put("address", LearnerDetails::address);
    fields.put("ine", LearnerDetails::ine);
    return Collections.unmodifiableMap(fields);
  }
}
