/**
 * The jury of a session: who is eligible and, for the others, every reason; exclusions by staff;
 * the decision (members, date, a verdict per learner) and the event that tells the certificates
 * module whom to award.
 */
package fr.unicamp.enrolment.domain.jury;
