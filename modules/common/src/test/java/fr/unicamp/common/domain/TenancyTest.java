package fr.unicamp.common.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.unicamp.common.domain.error.RuleViolationException;
import fr.unicamp.common.domain.security.Actor;
import fr.unicamp.common.domain.security.Role;
import fr.unicamp.common.domain.tenancy.Tenant;
import fr.unicamp.common.domain.university.UniversityCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TenancyTest {

  private static final UniversityCode ULILLE = UniversityCode.of("ULILLE");
  private static final UniversityCode UNISTRA = UniversityCode.of("UNISTRA");

  @Test
  void staff_see_only_their_university() {
    Tenant tenant = Actor.user("alice", Role.UNIVERSITY_STAFF, ULILLE).tenant();
    assertThat(tenant.criteriaValue()).isEqualTo("ULILLE");
    assertThat(tenant.covers(ULILLE)).isTrue();
    assertThat(tenant.covers(UNISTRA)).isFalse();
    assertThat(tenant.university()).contains(ULILLE);
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"CONSORTIUM_ADMIN", "FINANCE", "AUDITOR"})
  void consortium_roles_see_every_university(Role role) {
    Tenant tenant = Actor.user("bob", role, ULILLE).tenant();
    assertThat(tenant.isAll()).isTrue();
    assertThat(tenant.covers(UNISTRA)).isTrue();
    assertThat(tenant.university()).isEmpty();
  }

  @Test
  void nobody_sees_nothing_and_the_system_sees_everything() {
    assertThat(Actor.ANONYMOUS.tenant()).isEqualTo(Tenant.NONE);
    assertThat(Tenant.NONE.covers(ULILLE)).isFalse();
    assertThat(Actor.ANONYMOUS.canChange()).isFalse();
    assertThat(Actor.system("heartbeat").tenant()).isEqualTo(Tenant.ALL);
    assertThat(Actor.system("heartbeat").canChange()).isTrue();
  }

  @Test
  void auditors_cannot_change_anything() {
    assertThat(Actor.user("eve", Role.AUDITOR, ULILLE).canChange()).isFalse();
    assertThat(Actor.user("alice", Role.UNIVERSITY_STAFF, ULILLE).canChange()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "*", "-", "ulille", "1LILLE", "U", "ULILLE-2", "ABCDEFGHIJKLMNOPQ"})
  void rejects_malformed_university_codes_including_the_tenant_sentinels(String code) {
    assertThatThrownBy(() -> UniversityCode.of(code))
        .isInstanceOf(RuleViolationException.class)
        .satisfies(
            e ->
                assertThat(((RuleViolationException) e).fieldErrors())
                    .singleElement()
                    .satisfies(f -> assertThat(f.field()).isEqualTo("universityCode")));
  }
}
