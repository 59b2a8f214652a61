/**
 * The Learner aggregate: the civil status a student information system needs, contact details, the
 * INE when known, consents, duplicate detection and the merge of two records of one person.
 */
package fr.unicamp.enrolment.domain.learner;
