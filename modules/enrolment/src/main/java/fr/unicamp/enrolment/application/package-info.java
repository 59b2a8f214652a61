/**
 * Enrolment's use cases, the module's API: learners, enrolments and their transitions, attendance,
 * assessment and the jury. Each is transactional, refuses read-only callers and is audited.
 */
package fr.unicamp.enrolment.application;
