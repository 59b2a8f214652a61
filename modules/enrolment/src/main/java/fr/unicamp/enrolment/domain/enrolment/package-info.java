/**
 * The Enrolment aggregate: a learner in a session, with its two explicit state machines
 * (administrative and pedagogical), its funding and the rules that link them.
 */
package fr.unicamp.enrolment.domain.enrolment;
