/**
 * What enrolment reads of a micro-certification version: its criteria grid, identity-verification
 * level and attendance threshold. A read-only view, filled from the catalogue by an adapter.
 */
package fr.unicamp.enrolment.domain.certification;
