/**
 * Enrolment (not built yet): learners, administrative and pedagogical enrolment, attendance,
 * assessment against the criteria grid, identity checks and the jury, whose decision reaches the
 * certificates module as a CDI event. Depends on catalogue and common.
 */
package fr.unicamp.enrolment;
