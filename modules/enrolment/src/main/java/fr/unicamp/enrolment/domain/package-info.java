/**
 * The enrolment module's domain: learners, their enrolments in sessions, attendance, assessment,
 * identity checks and the jury. Plain Java, one sub-package per aggregate.
 */
package fr.unicamp.enrolment.domain;
