/**
 * Attendance ("assiduité"): the hours a learner realised in a session, entered by a tutor or
 * imported from the LMS, and their rate against the planned hours and the micro-certification's
 * threshold.
 */
package fr.unicamp.enrolment.domain.attendance;
