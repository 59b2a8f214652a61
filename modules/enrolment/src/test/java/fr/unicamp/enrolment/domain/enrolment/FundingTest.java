package fr.unicamp.enrolment.domain.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.unicamp.common.domain.error.FieldError;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Which references each funding source requires and allows, walked over the whole table. */
class FundingTest {

  private static final Map<FundingSource, Set<FundingReference>> REQUIRED =
      Map.of(
          FundingSource.SELF, Set.of(FundingReference.ORDER),
          FundingSource.EMPLOYER, Set.of(FundingReference.AGREEMENT),
          FundingSource.OPCO, Set.of(FundingReference.AGREEMENT),
          FundingSource.CPF, Set.of(FundingReference.EDOF_FOLDER),
          FundingSource.FRANCE_TRAVAIL, Set.of(FundingReference.AGREEMENT),
          FundingSource.OTHER, Set.of());

  private static final Map<FundingSource, Set<FundingReference>> REFUSED =
      Map.of(
          FundingSource.SELF, Set.of(FundingReference.AGREEMENT, FundingReference.EDOF_FOLDER),
          FundingSource.EMPLOYER, Set.of(FundingReference.EDOF_FOLDER),
          FundingSource.OPCO, Set.of(FundingReference.EDOF_FOLDER),
          FundingSource.CPF, Set.of(FundingReference.AGREEMENT),
          FundingSource.FRANCE_TRAVAIL, Set.of(),
          FundingSource.OTHER, Set.of(FundingReference.EDOF_FOLDER));

  static Stream<Arguments> sourceAndReference() {
    return Arrays.stream(FundingSource.values())
        .flatMap(s -> Arrays.stream(FundingReference.values()).map(r -> Arguments.of(s, r)));
  }

  @ParameterizedTest(name = "{0} without {1}")
  @MethodSource("sourceAndReference")
  void a_missing_reference_fails_exactly_when_the_source_requires_it(
      FundingSource source, FundingReference missing) {
    Funding funding = with(source, EnumSet.complementOf(refusedPlus(source, missing)));

    boolean reported =
        funding.violations("funding").stream()
            .anyMatch(e -> e.messageKey().equals("error.enrolment.funding.reference-required"));

    assertThat(reported).isEqualTo(REQUIRED.get(source).contains(missing));
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("sourceAndReference")
  void a_present_reference_fails_exactly_when_the_source_refuses_it(
      FundingSource source, FundingReference present) {
    Set<FundingReference> given = union(REQUIRED.get(source), present);

    var errors = with(source, given).violations("funding");

    if (REFUSED.get(source).contains(present)) {
      assertThat(errors)
          .containsExactly(
              FieldError.of(
                  "funding." + present.field(),
                  "error.enrolment.funding.reference-not-allowed",
                  source.name()));
    } else {
      assertThat(errors).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(FundingSource.class)
  void the_table_requires_only_references_it_allows(FundingSource source) {
    assertThat(source.allowed()).containsAll(source.required());
    assertThat(source.required()).isEqualTo(REQUIRED.get(source));
  }

  @Test
  void references_are_trimmed_and_checked_for_format_and_a_source_is_required() {
    Funding f = new Funding(null, " CMD-2026/0042 ", "a b", "\u0000");

    assertThat(f.orderReference()).isEqualTo("CMD-2026/0042");
    assertThat(f.violations("funding"))
        .containsExactly(
            FieldError.of("funding.source", "error.required"),
            FieldError.of("funding.agreementNumber", "error.enrolment.funding.reference-format"),
            FieldError.of("funding.edofFolderNumber", "error.enrolment.funding.reference-format"));
  }

  private static EnumSet<FundingReference> refusedPlus(
      FundingSource source, FundingReference missing) {
    EnumSet<FundingReference> out = EnumSet.of(missing);
    out.addAll(REFUSED.get(source));
    return out;
  }

  private static Set<FundingReference> union(Set<FundingReference> a, FundingReference b) {
    Set<FundingReference> out = EnumSet.of(b);
    out.addAll(a);
    return out;
  }

  private static Funding with(FundingSource source, Set<FundingReference> references) {
    return new Funding(
        source,
        references.contains(FundingReference.ORDER) ? "CMD-1" : null,
        references.contains(FundingReference.AGREEMENT) ? "ACC-2" : null,
        references.contains(FundingReference.EDOF_FOLDER) ? "123456789" : null);
  }
}
