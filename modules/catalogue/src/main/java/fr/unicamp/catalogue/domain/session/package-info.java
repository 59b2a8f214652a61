/**
 * The Session aggregate: one run of a micro-certification version, with its dates, enrolment
 * window, capacity, modality, tutors and LMS course; what enrolment stands on.
 */
package fr.unicamp.catalogue.domain.session;
