/**
 * Tenancy: which university's rows the current caller may see and change. One mechanism enforces it
 * for every query (EclipseLink additional criteria on {@link TenantScoped}); see
 * docs/architecture.md.
 */
package fr.unicamp.common.domain.tenancy;
