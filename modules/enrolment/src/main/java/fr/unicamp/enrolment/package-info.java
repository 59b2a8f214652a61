/**
 * Enrolment: learners, administrative and pedagogical enrolment, attendance, assessment against the
 * criteria grid, identity checks and the jury, whose decision reaches the certificates module as a
 * CDI event. Depends on catalogue and common. Domain and services are built; persistence, REST and
 * UI come next.
 */
package fr.unicamp.enrolment;
