package fr.unicamp.catalogue.domain.pathway;

import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.error.Rules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * A pathway design that passed every rule, all of them checked together: the kind known, a French
 * title, titles within {@link PathwayEntry#MAX_TITLE}, an RNCP code well formed and on a bloc only,
 * members each a published micro-certification the designer can read, each once, and, when asked,
 * the kind's hour band. Refused with every broken rule otherwise.
 */
record PathwayDesignCheck(
    PathwayKind kind,
    String titleFr,
    String titleEn,
    RncpBlockCode rncpBlockCode,
    List<PathwayDesignCheck.Chosen> members) {

  /** A member that passed, with what the catalogue said of it. */
  record Chosen(MemberFacts facts, boolean required) {}

  /** Checks every rule of {@code design}; the band only when it must hold. */
  static PathwayDesignCheck of(
      PathwayDesign design, LongFunction<Optional<MemberFacts>> catalogue, boolean bandMustHold) {
    Rules rules = new Rules();
    PathwayKind kind = kindOf(design.kind(), rules);
    String titleFr = strip(design.titleFr());
    String titleEn = strip(design.titleEn());
    rules
        .require(titleFr != null, "titleFr", "error.required")
        .require(
            titleFr == null || titleFr.length() <= PathwayEntry.MAX_TITLE,
            "titleFr",
            "error.text.too-long",
            PathwayEntry.MAX_TITLE)
        .require(
            titleEn == null || titleEn.length() <= PathwayEntry.MAX_TITLE,
            "titleEn",
            "error.text.too-long",
            PathwayEntry.MAX_TITLE);
    RncpBlockCode rncp = rncpOf(design.rncpBlockCode(), rules);
    rules.require(
        rncp == null || kind == null || kind.allowsRncpBlockCode(),
        "rncpBlockCode",
        "error.pathway.rncp-block-code.kind",
        String.valueOf(kind));
    List<Chosen> chosen = members(design.members(), catalogue, rules);
    if (bandMustHold && kind != null) {
      List<PathwayMember> counted =
          chosen.stream()
              .map(
                  c ->
                      new PathwayMember(
                          new MicroCertificationRef(
                              c.facts().id(), c.facts().university(), c.facts().hours()),
                          c.required()))
              .toList();
      PathwayHours.of(kind, counted).requireBand(rules);
    }
    rules.throwIfAny();
    return new PathwayDesignCheck(kind, titleFr, titleEn, rncp, chosen);
  }

  private static List<Chosen> members(
      List<MemberChoice> choices, LongFunction<Optional<MemberFacts>> catalogue, Rules rules) {
    rules.require(
        choices.size() <= PathwayEntry.MAX_MEMBERS,
        "members",
        "error.pathway.too-many-members",
        PathwayEntry.MAX_MEMBERS);
    List<Chosen> chosen = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < choices.size() && i < PathwayEntry.MAX_MEMBERS; i++) {
      MemberChoice choice = choices.get(i);
      String field = "members[" + i + "]";
      if (choice == null || choice.microCertificationId() == null) {
        rules.require(false, field + ".microCertificationId", "error.required");
        continue;
      }
      long id = choice.microCertificationId();
      if (!seen.add(id)) {
        rules.require(false, field, "error.pathway.duplicate-member", String.valueOf(id));
        continue;
      }
      Optional<MemberFacts> facts = catalogue.apply(id);
      if (facts.isEmpty()) {
        rules.require(false, field, "error.pathway.member.unknown", String.valueOf(id));
      } else if (!facts.get().published()) {
        rules.require(
            false,
            field,
            "error.pathway.member.not-published",
            facts.get().code(),
            facts.get().status().name());
      } else {
        chosen.add(new Chosen(facts.get(), choice.isRequired()));
      }
    }
    return chosen;
  }

  private static PathwayKind kindOf(String kind, Rules rules) {
    String name = strip(kind);
    if (name == null) {
      rules.require(false, "kind", "error.required");
      return null;
    }
    Optional<PathwayKind> found =
        Arrays.stream(PathwayKind.values())
            .filter(k -> k.name().equals(name.toUpperCase(Locale.ROOT)))
            .findFirst();
    rules.require(
        found.isPresent(),
        "kind",
        "error.code.unknown",
        name,
        Arrays.stream(PathwayKind.values()).map(Enum::name).collect(Collectors.joining(", ")));
    return found.orElse(null);
  }

  private static RncpBlockCode rncpOf(String code, Rules rules) {
    String value = strip(code);
    if (value == null) {
      return null;
    }
    try {
      return RncpBlockCode.of(value);
    } catch (RuleViolationException e) {
      e.fieldErrors().forEach(f -> rules.require(false, f.field(), f.messageKey(), value));
      return null;
    }
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
