package fr.unicamp.common.domain.tenancy;

import fr.unicamp.common.domain.university.UniversityCode;
import java.util.Optional;

/**
 * The rows a caller may reach: one university's, the whole consortium's, or none (an anonymous
 * caller). {@link #criteriaValue()} is what the additional criteria of {@link TenantScoped} compare
 * {@code university_id} with; no university code can equal the two sentinels.
 */
public record Tenant(String criteriaValue) {

  static final String ALL_VALUE = "*";
  static final String NONE_VALUE = "-";

  public static final Tenant ALL = new Tenant(ALL_VALUE);
  public static final Tenant NONE = new Tenant(NONE_VALUE);

  public static Tenant of(UniversityCode university) {
    return new Tenant(university.value());
  }

  public boolean isAll() {
    return ALL_VALUE.equals(criteriaValue);
  }

  /** The single university this tenant is confined to, if it is confined to one. */
  public Optional<UniversityCode> university() {
    if (isAll() || NONE_VALUE.equals(criteriaValue)) {
      return Optional.empty();
    }
    return Optional.of(UniversityCode.of(criteriaValue));
  }

  /** Whether a row of this university is visible to (and changeable by) this tenant. */
  public boolean covers(UniversityCode rowUniversity) {
    return isAll() || criteriaValue.equals(rowUniversity.value());
  }
}
