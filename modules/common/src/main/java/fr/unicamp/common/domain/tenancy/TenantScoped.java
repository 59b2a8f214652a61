package fr.unicamp.common.domain.tenancy;

import fr.unicamp.common.domain.university.UniversityCode;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * Base of every entity that belongs to one university. EclipseLink adds the criteria below to every
 * query, find and relationship load of a subclass, with the parameter set once per transaction from
 * the caller's role and university; writes are checked by the tenant guard listener. Callers never
 * write {@code WHERE university_id = ...} themselves.
 */
@MappedSuperclass
@AdditionalCriteria(TenantScoped.CRITERIA)
public abstract class TenantScoped {

  /** The name of the entity-manager property that carries {@link Tenant#criteriaValue()}. */
  public static final String TENANT_PARAMETER = "unicampTenant";

  public static final String CRITERIA =
      ":" + TENANT_PARAMETER + " = '*' OR this.universityId = :" + TENANT_PARAMETER;

  @Column(name = "university_id", nullable = false, updatable = false, length = 16)
  private String universityId;

  protected TenantScoped() {}

  protected TenantScoped(UniversityCode university) {
    this.universityId = university.value();
  }

  public UniversityCode university() {
    return UniversityCode.of(universityId);
  }
}
